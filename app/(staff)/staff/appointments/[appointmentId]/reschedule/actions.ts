"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { InvalidTransitionError } from "@/server/booking/core/errors";
import { rescheduleAppointment } from "@/server/booking/core/reschedule-appointment";
import { rescheduleAppointmentSchema } from "@/server/booking/core/schemas";
import { slotChoice } from "@/server/booking/centre/slot-choices";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import type { AppointmentActionState } from "../action-state";

/**
 * Moves the appointment to the chosen slot in one transaction (the booking core
 * cancels the old one, freeing its slot, and books the new one with one history).
 */
export async function rescheduleAppointmentAction(_previous: AppointmentActionState, formData: FormData): Promise<AppointmentActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const values = formFields(formData);
  const parsed = rescheduleAppointmentSchema.safeParse({ ...values, newSlotId: values.slotId, channel: "STAFF" });
  if (!parsed.success) {
    const { newSlotId, ...errors } = fieldErrors(parsed.error);
    return { errors: { ...errors, ...(newSlotId ? { slot: "Select the new time" } : {}) }, values };
  }
  let newAppointmentId: string;
  try {
    ({ appointment: { id: newAppointmentId } } = await rescheduleAppointment(db(), parsed.data, staffActor(staff)));
  } catch (error) {
    const replayed = error instanceof InvalidTransitionError ? await alreadyMovedTo(parsed.data.appointmentId, parsed.data.newSlotId) : null;
    if (!replayed) {
      const problem = userFacingError(error, "Rescheduling");
      revalidatePath(`/staff/appointments/${parsed.data.appointmentId}/reschedule`);
      return { message: problem.message, alternatives: problem.alternatives?.map(slotChoice), values };
    }
    newAppointmentId = replayed;
  }
  redirect(`/staff/appointments/${newAppointmentId}?done=rescheduled`);
}

/** A resubmitted form (double click, retry) finds the move already made: show its result rather than an error. */
async function alreadyMovedTo(appointmentId: string, slotId: string): Promise<string | null> {
  const moved = await db().appointment.findFirst({ where: { rescheduledFromId: appointmentId, slotId }, select: { id: true } });
  return moved?.id ?? null;
}
