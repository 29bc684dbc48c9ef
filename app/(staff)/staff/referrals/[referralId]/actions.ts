"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { ReferralError } from "@/server/referrals/errors";
import { formDate, formText, formValues, type FormState } from "@/server/referrals/form-state";
import { staffActor } from "@/server/referrals/staff-actor";
import { fieldErrors } from "@/server/referrals/schemas";
import { recordRttOutcome, recordRttOutcomeSchema } from "@/server/referrals/rtt/record-rtt-outcome";

export async function recordRttOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requireStaff("CLINICIAN");
  const parsed = recordRttOutcomeSchema.safeParse({
    referralId: formText(formData, "referralId"),
    outcome: formText(formData, "outcome"),
    date: formDate(formData, "rttDate") || undefined,
    appointmentId: formText(formData, "appointmentId"),
    note: formText(formData, "note"),
  });
  if (!parsed.success) return { status: "error", errors: withFieldIds(fieldErrors(parsed.error)), values: formValues(formData) };
  try {
    const result = await recordRttOutcome(db(), parsed.data, staffActor(staff));
    revalidatePath(`/staff/referrals/${parsed.data.referralId}`);
    return { status: "done", message: `Recorded RTT status ${result.code}. ${result.explanation}` };
  } catch (error) {
    if (error instanceof ReferralError) return { status: "error", errors: { outcome: error.message }, values: formValues(formData) };
    throw error;
  }
}

function withFieldIds(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key === "date" ? "rttDate-day" : key, message]));
}
