"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/server/identity/action";
import { bookAppointment } from "@/server/booking/core/book-appointment";
import { SlotTakenError } from "@/server/booking/core/errors";
import { bookAppointmentSchema } from "@/server/booking/core/schemas";
import { slotChoice, type SlotAlternatives } from "@/server/booking/centre/slot-choices";
import { db } from "@/server/platform/db/client";
import { formErrorState } from "@/server/platform/forms/form-errors";
import { formValue } from "@/server/platform/forms/form-state";

const bookSlotSchema = bookAppointmentSchema.extend({ slotId: z.uuid({ message: "Select a time for the appointment" }) });

/**
 * Books the chosen slot through the booking core. The form's idempotency key makes
 * a double click or a retried request book once (the second gets the same
 * appointment); losing a race returns the core's alternatives.
 */
export const bookSlotAction = staffAction<typeof bookSlotSchema, SlotAlternatives>(
  "BOOKING_CLERK",
  bookSlotSchema,
  async (input, { actor, previous, values }) => {
    let appointmentId: string;
    try {
      ({ appointment: { id: appointmentId } } = await bookAppointment(db(), input, actor));
    } catch (error) {
      // The slot list on the page is stale now: render it again with the request's answer.
      revalidatePath(`/staff/patients/${input.patientId}/book`);
      if (!(error instanceof SlotTakenError)) throw error;
      return { ...formErrorState(error, { previous, values }), alternatives: error.alternatives.map(slotChoice) };
    }
    redirect(`/staff/appointments/${appointmentId}?done=booked`);
  },
  {
    input: (_form, values) => ({
      slotId: formValue(values, "slotId"),
      patientId: formValue(values, "patientId"),
      waitingListEntryId: formValue(values, "waitingListEntryId") || undefined,
      channel: "STAFF",
      idempotencyKey: formValue(values, "idempotencyKey"),
    }),
    fieldIds: { slotId: "slot" },
    doing: "Booking",
  },
);
