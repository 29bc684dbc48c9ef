"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { recordOutcome } from "@/server/booking/core/record-outcome";
import { recordOutcomeSchema } from "@/server/booking/core/schemas";
import { RttChoiceError } from "@/server/booking/core/errors";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import type { AppointmentActionState } from "../action-state";

/**
 * Records the outcome from the one standard set. The booking core starts what it
 * implies: discharge, a follow-up on the waiting list, or a patient-initiated
 * follow-up pathway.
 */
export async function recordOutcomeAction(_previous: AppointmentActionState, formData: FormData): Promise<AppointmentActionState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const values = formFields(formData);
  // Empty boxes are "not given", so the schema's own "Enter …" messages apply.
  const input = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ""));
  const parsed = recordOutcomeSchema.safeParse(input);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await recordOutcome(db(), parsed.data, staffActor(staff));
  } catch (error) {
    if (error instanceof RttChoiceError) return { errors: { outcomeRttStatus: error.message }, values };
    return { message: userFacingError(error, "Recording the outcome").message, values };
  }
  redirect(`/staff/appointments/${parsed.data.appointmentId}?done=outcome`);
}
