"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import { formText } from "@/server/platform/forms/form-fields";
import { formValue } from "@/server/platform/forms/form-state";
import { triageReferral } from "@/server/referrals/triage-referral";
import { triageReferralSchema } from "@/server/referrals/triage-schemas";

export const triageReferralAction = staffAction(
  "CLINICIAN",
  triageReferralSchema,
  async (input, { actor, formData }) => {
    await triageReferral(db(), input, actor);
    redirect(`/staff/triage/${formText(formData, "worklistServiceId")}?done=1`);
  },
  {
    input: (formData) => {
      const outcome = formText(formData, "outcome");
      return {
        referralId: formText(formData, "referralId"),
        outcome,
        priority: formText(formData, "priority"),
        clinicalPriority: formText(formData, "clinicalPriority"),
        appointmentTypeId: formText(formData, "appointmentTypeId"),
        note: formText(formData, `note-${outcome}`),
        reason: formText(formData, "reason"),
        serviceId: formText(formData, "serviceId"),
        advice: formText(formData, "advice"),
      };
    },
    // The note box and the redirect's service select have ids of their own on the form.
    fieldIds: (path, values) => (path === "note" ? `note-${formValue(values, "outcome")}` : path === "serviceId" ? "redirectServiceId" : path),
    defaultField: "outcome",
    doing: "Triaging a referral",
  },
);
