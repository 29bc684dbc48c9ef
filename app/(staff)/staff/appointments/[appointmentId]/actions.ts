"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/auth/guards";
import { recordAttendance } from "@/server/booking/record-attendance";
import { recordAttendanceSchema } from "@/server/booking/schemas";
import { staffActor } from "@/server/auth/staff-actor";
import { userFacingError } from "@/server/errors/user-facing-error";
import { db } from "@/server/db/client";
import { fieldErrors, formFields } from "@/server/forms/field-errors";
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
