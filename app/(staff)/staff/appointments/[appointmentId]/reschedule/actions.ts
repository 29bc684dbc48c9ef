"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { InvalidTransitionError, SlotTakenError } from "@/server/booking/core/errors";
import { rescheduleAppointment } from "@/server/booking/core/reschedule-appointment";
import { rescheduleAppointmentSchema } from "@/server/booking/core/schemas";
import { slotChoice, type SlotAlternatives } from "@/server/booking/centre/slot-choices";
import { db } from "@/server/platform/db/client";
import { formErrorState } from "@/server/platform/forms/form-errors";
import { formValue } from "@/server/platform/forms/form-state";
import { z } from "zod";

const rescheduleSchema = rescheduleAppointmentSchema.extend({ newSlotId: z.uuid({ message: "Select the new time" }) });

/**
 * Moves the appointment to the chosen slot in one transaction (the booking core
 * cancels the old one, freeing its slot, and books the new one with one history).
 */
export const rescheduleAppointmentAction = staffAction<typeof rescheduleSchema, SlotAlternatives>(
  "BOOKING_CLERK",
  rescheduleSchema,
  async (input, { actor, previous, values }) => {
    let newAppointmentId: string;
    try {
      ({ appointment: { id: newAppointmentId } } = await rescheduleAppointment(db(), input, actor));
    } catch (error) {
      const replayed = error instanceof InvalidTransitionError ? await alreadyMovedTo(input.appointmentId, input.newSlotId) : null;
      if (!replayed) {
        revalidatePath(`/staff/appointments/${input.appointmentId}/reschedule`);
        if (!(error instanceof SlotTakenError)) throw error;
        return { ...formErrorState(error, { previous, values }), alternatives: error.alternatives.map(slotChoice) };
      }
      newAppointmentId = replayed;
    }
    redirect(`/staff/appointments/${newAppointmentId}?done=rescheduled`);
  },
  {
    input: (_form, values) => ({ ...values, newSlotId: formValue(values, "slotId"), channel: "STAFF" }),
    fieldIds: { newSlotId: "slot" },
    doing: "Rescheduling",
  },
);

/** A resubmitted form (double click, retry) finds the move already made: show its result rather than an error. */
async function alreadyMovedTo(appointmentId: string, slotId: string): Promise<string | null> {
  const moved = await db().appointment.findFirst({ where: { rescheduledFromId: appointmentId, slotId }, select: { id: true } });
  return moved?.id ?? null;
}
