"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/auth/guards";
import { cancelAppointment } from "@/server/booking/cancel-appointment";
import { cancelAppointmentSchema } from "@/server/booking/schemas";
import { staffActor } from "@/server/auth/staff-actor";
import { userFacingError } from "@/server/errors/user-facing-error";
import { db } from "@/server/db/client";
import { fieldErrors, formFields } from "@/server/forms/field-errors";
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
