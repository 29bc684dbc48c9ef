"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { ReferralError } from "@/server/referrals/errors";
import { formText, formValues, type FormState } from "@/server/referrals/form-state";
import { fieldErrors } from "@/server/referrals/schemas";
import { staffActor } from "@/server/referrals/staff-actor";
import { triageReferral } from "@/server/referrals/triage-referral";
import { triageReferralSchema } from "@/server/referrals/triage-schemas";

export async function triageReferralAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requireStaff("CLINICIAN");
  const outcome = formText(formData, "outcome");
  const parsed = triageReferralSchema.safeParse({
    referralId: formText(formData, "referralId"),
    outcome,
    priority: formText(formData, "priority"),
    clinicalPriority: formText(formData, "clinicalPriority"),
    appointmentTypeId: formText(formData, "appointmentTypeId"),
    note: formText(formData, `note-${outcome}`),
    reason: formText(formData, "reason"),
    serviceId: formText(formData, "serviceId"),
    advice: formText(formData, "advice"),
  });
  const values = formValues(formData);
  if (!parsed.success) return { status: "error", errors: byFieldId(fieldErrors(parsed.error), outcome), values };
  try {
    await triageReferral(db(), parsed.data, staffActor(staff));
  } catch (error) {
    if (error instanceof ReferralError) return { status: "error", errors: { [fieldId(error.field ?? "outcome", outcome)]: error.message }, values };
    throw error;
  }
  redirect(`/staff/triage/${formText(formData, "worklistServiceId")}?done=1`);
}

function fieldId(path: string, outcome: string): string {
  if (path === "note") return `note-${outcome}`;
  if (path === "serviceId") return "redirectServiceId";
  return path;
}

function byFieldId(errors: Record<string, string>, outcome: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [fieldId(path, outcome), message]));
}
