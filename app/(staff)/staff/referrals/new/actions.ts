"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { createReferral } from "@/server/referrals/create-referral";
import { PatientDetailsNeededError, ReferralError } from "@/server/referrals/errors";
import { formValues, type FormState } from "@/server/referrals/form-state";
import { formFieldId, referralInputFromForm } from "@/server/referrals/referral-form";
import { createReferralSchema, fieldErrors } from "@/server/referrals/schemas";
import { staffActor } from "@/server/referrals/staff-actor";

export async function createReferralAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const input = referralInputFromForm(formData);
  const parsed = createReferralSchema.safeParse(input);
  if (!parsed.success) return { status: "error", errors: byFieldId(fieldErrors(parsed.error)), values: formValues(formData) };
  let referralId: string;
  try {
    ({
      referral: { id: referralId },
    } = await createReferral(db(), input, staffActor(staff)));
  } catch (error) {
    if (error instanceof PatientDetailsNeededError) return { status: "error", errors: byFieldId(error.fieldErrors), values: formValues(formData) };
    if (error instanceof ReferralError) return { status: "error", errors: { [formFieldId(error.field ?? "reason")]: error.message }, values: formValues(formData) };
    throw error;
  }
  redirect(`/staff/referrals/${referralId}`);
}

function byFieldId(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [formFieldId(path), message]));
}
