"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import { createReferral } from "@/server/referrals/create-referral";
import { formFieldId, referralInputFromForm } from "@/server/referrals/referral-form";
import { createReferralSchema } from "@/server/referrals/schemas";

export const createReferralAction = staffAction(
  "BOOKING_CLERK",
  createReferralSchema,
  async (_parsed, { actor, formData }) => {
    // createReferral takes the raw input: it parses it again itself, as for CSV rows and the API.
    const { referral } = await createReferral(db(), referralInputFromForm(formData), actor);
    redirect(`/staff/referrals/${referral.id}`);
  },
  { input: (formData) => referralInputFromForm(formData), fieldIds: formFieldId, defaultField: "reason", doing: "Creating a referral" },
);
