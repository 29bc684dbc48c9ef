"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { cancelAppointment } from "@/server/booking/core/cancel-appointment";
import { cancelAppointmentSchema } from "@/server/booking/core/schemas";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import type { AppointmentActionState } from "../action-state";

export async function cancelAppointmentAction(_previous: AppointmentActionState, formData: FormData): Promise<AppointmentActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const values = formFields(formData);
  const parsed = cancelAppointmentSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await cancelAppointment(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Cancelling").message, values };
  }
  redirect(`/staff/appointments/${parsed.data.appointmentId}?done=cancelled`);
}
