"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { recordAttendance } from "@/server/booking/core/record-attendance";
import { recordAttendanceSchema } from "@/server/booking/core/schemas";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import type { AppointmentActionState } from "./action-state";

/** Arrived, seen, did not attend or was not brought: clerks at reception and clinicians in clinic. */
export async function recordAttendanceAction(_previous: AppointmentActionState, formData: FormData): Promise<AppointmentActionState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const parsed = recordAttendanceSchema.safeParse(formFields(formData));
  if (!parsed.success) return { message: Object.values(fieldErrors(parsed.error))[0] };
  try {
    await recordAttendance(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Recording attendance").message };
  }
  redirect(`/staff/appointments/${parsed.data.appointmentId}?done=${parsed.data.status.toLowerCase()}`);
}
