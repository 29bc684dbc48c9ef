"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { bookAppointment } from "@/server/booking/core/book-appointment";
import { bookAppointmentSchema } from "@/server/booking/core/schemas";
import { slotChoice } from "@/server/booking/centre/slot-choices";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { formFields } from "@/server/platform/forms/field-errors";
import type { BookState } from "./book-state";

/**
 * Books the chosen slot through the booking core. The form's idempotency key makes
 * a double click or a retried request book once (the second gets the same
 * appointment); losing a race returns the core's alternatives.
 */
export async function bookSlotAction(_previous: BookState, formData: FormData): Promise<BookState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const fields = formFields(formData);
  const parsed = bookAppointmentSchema.safeParse({
    slotId: fields.slotId,
    patientId: fields.patientId,
    waitingListEntryId: fields.waitingListEntryId || undefined,
    channel: "STAFF",
    idempotencyKey: fields.idempotencyKey,
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "slotId")) return { errors: { slot: "Select a time for the appointment" } };
    return { message: userFacingError(parsed.error, "Booking form").message };
  }
  let appointmentId: string;
  try {
    ({ appointment: { id: appointmentId } } = await bookAppointment(db(), parsed.data, staffActor(staff)));
  } catch (error) {
    const problem = userFacingError(error, "Booking");
    // The slot list on the page is stale now: render it again with the request's answer.
    revalidatePath(`/staff/patients/${parsed.data.patientId}/book`);
    return { message: problem.message, alternatives: problem.alternatives?.map(slotChoice) };
  }
  redirect(`/staff/appointments/${appointmentId}?done=booked`);
}
