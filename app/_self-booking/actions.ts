"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { SlotTakenError } from "@/server/booking/core/errors";
import { confirmAttendance } from "@/server/booking/links/link-appointment";
import { db } from "@/server/platform/db/client";
import { communicationNeedsFields, communicationNeedsSchema, updateCommunicationNeedsInTransaction } from "@/server/patients/update-communication-needs";
import { contactRequestFields, contactRequestSchema, requestContact } from "@/server/booking/self-service/contact-request";
import { selfBook, selfCancel, selfCancelSchema, selfReschedule } from "@/server/booking/self-service/self-book";
import { selfBookingAction, slotTakenState } from "./self-booking-action";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const NOT_FOUND = "We could not find that appointment.";

/** Step 2 of 3 → 3: book, and record any change to communication needs in the same transaction. */
export const bookAction = selfBookingAction(
  null,
  communicationNeedsSchema,
  async (needs, { flow, formData, values, previous }) => {
    const entryId = text(formData, "entryId");
    let appointmentId: string;
    try {
      ({ appointment: { id: appointmentId } } = await selfBook(
        db(),
        flow.scope,
        { entryId, slotId: text(formData, "slotId"), idempotencyKey: text(formData, "idempotencyKey") },
        { alsoInTransaction: (tx) => updateCommunicationNeedsInTransaction(tx, flow.scope.patientId, needs, flow.scope.actor) },
      ));
    } catch (error) {
      if (error instanceof SlotTakenError) return slotTakenState(error, previous, values, (slotId) => flow.paths.check(entryId, slotId));
      throw error;
    }
    redirect(`${flow.paths.appointment(appointmentId)}?done=booked`);
  },
  { input: communicationNeedsFields },
);

export const rescheduleAction = selfBookingAction(
  "change",
  communicationNeedsSchema,
  async (needs, { flow, formData, values, previous }) => {
    const oldId = text(formData, "appointmentId");
    let appointmentId: string;
    try {
      ({ appointment: { id: appointmentId } } = await selfReschedule(
        db(),
        flow.scope,
        { appointmentId: oldId, slotId: text(formData, "slotId") },
        { alsoInTransaction: (tx) => updateCommunicationNeedsInTransaction(tx, flow.scope.patientId, needs, flow.scope.actor) },
      ));
    } catch (error) {
      if (error instanceof SlotTakenError) return slotTakenState(error, previous, values, (slotId) => flow.paths.changeCheck(oldId, slotId));
      throw error;
    }
    redirect(`${flow.paths.appointment(appointmentId)}?done=changed`);
  },
  { input: communicationNeedsFields },
);

export const cancelAction = selfBookingAction(
  "cancel",
  selfCancelSchema,
  async (input, { flow }) => {
    await selfCancel(db(), flow.scope, input);
    redirect(`${flow.paths.appointment(input.appointmentId)}?done=cancelled`);
  },
  { input: (form) => ({ appointmentId: text(form, "appointmentId"), reason: text(form, "reason") || undefined, details: text(form, "details") || undefined }) },
);

export const contactAction = selfBookingAction(
  null,
  contactRequestSchema,
  async (input, { flow }) => {
    await requestContact(db(), flow.scope, input);
    redirect(`${flow.paths.contact(input.entryId)}?done=sent`);
  },
  { input: contactRequestFields },
);

export const confirmAction = selfBookingAction(
  "confirm",
  z.object({ appointmentId: z.uuid(NOT_FOUND) }),
  async ({ appointmentId }, { flow, previous }) => {
    const outcome = await confirmAttendance(db(), flow.scope, appointmentId);
    if (outcome === "not-booked") return { status: "error", attempt: previous.attempt + 1, errors: {}, values: {}, message: "This appointment is no longer booked." };
    redirect(`${flow.paths.appointment(appointmentId)}?done=confirmed`);
  },
  { input: (form) => ({ appointmentId: text(form, "appointmentId") }), fieldIds: () => "maincontent" },
);
