"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmAttendance } from "@/server/booking/links/link-appointment";
import { db } from "@/server/platform/db/client";
import { communicationNeedsFromForm, updateCommunicationNeedsInTransaction } from "@/server/patients/update-communication-needs";
import { contactRequestFromForm, requestContact } from "@/server/booking/self-service/contact-request";
import { selfBook, selfCancel, selfCancelSchema, selfReschedule } from "@/server/booking/self-service/self-book";
import { flowFromForm } from "./flow";
import { bookingErrorState, fieldErrorState, formValues, type FormState } from "./form-state";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const needsFieldIds = { needs: "needs", interpreterLanguage: "interpreterLanguage", accessNotes: "accessNotes" };

function withValues(state: FormState, form: FormData): FormState {
  return { ...state, values: formValues(form) };
}

/** Step 2 of 3 → 3: book, and record any change to communication needs in the same transaction. */
export async function bookAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = await flowFromForm(form, null);
  const needs = communicationNeedsFromForm(form);
  if (!needs.success) return withValues(fieldErrorState(needs.error, needsFieldIds), form);
  const entryId = text(form, "entryId");
  let appointmentId: string;
  try {
    const { appointment } = await selfBook(
      db(),
      flow.scope,
      { entryId, slotId: text(form, "slotId"), idempotencyKey: text(form, "idempotencyKey") },
      { alsoInTransaction: (tx) => updateCommunicationNeedsInTransaction(tx, flow.scope.patientId, needs.data, flow.scope.actor) },
    );
    appointmentId = appointment.id;
  } catch (error) {
    return withValues(bookingErrorState(error, (slotId) => flow.paths.check(entryId, slotId)), form);
  }
  redirect(`${flow.paths.appointment(appointmentId)}?done=booked`);
}

export async function rescheduleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = await flowFromForm(form, "change");
  const needs = communicationNeedsFromForm(form);
  if (!needs.success) return withValues(fieldErrorState(needs.error, needsFieldIds), form);
  const oldId = text(form, "appointmentId");
  let appointmentId: string;
  try {
    const { appointment } = await selfReschedule(
      db(),
      flow.scope,
      { appointmentId: oldId, slotId: text(form, "slotId") },
      { alsoInTransaction: (tx) => updateCommunicationNeedsInTransaction(tx, flow.scope.patientId, needs.data, flow.scope.actor) },
    );
    appointmentId = appointment.id;
  } catch (error) {
    return withValues(bookingErrorState(error, (slotId) => flow.paths.changeCheck(oldId, slotId)), form);
  }
  redirect(`${flow.paths.appointment(appointmentId)}?done=changed`);
}

export async function cancelAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = await flowFromForm(form, "cancel");
  const parsed = selfCancelSchema.safeParse({ appointmentId: text(form, "appointmentId"), reason: text(form, "reason") || undefined, details: text(form, "details") || undefined });
  if (!parsed.success) return withValues(fieldErrorState(parsed.error, { reason: "reason" }), form);
  try {
    await selfCancel(db(), flow.scope, parsed.data);
  } catch (error) {
    return bookingErrorState(error, () => flow.paths.home);
  }
  redirect(`${flow.paths.appointment(parsed.data.appointmentId)}?done=cancelled`);
}

export async function contactAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = await flowFromForm(form, null);
  const parsed = contactRequestFromForm(form);
  if (!parsed.success) return withValues(fieldErrorState(parsed.error, { request: "request", phone: "phone", days: "days" }), form);
  try {
    await requestContact(db(), flow.scope, parsed.data);
  } catch (error) {
    return bookingErrorState(error, () => flow.paths.home);
  }
  redirect(`${flow.paths.contact(parsed.data.entryId)}?done=sent`);
}

export async function confirmAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = await flowFromForm(form, "confirm");
  const appointmentId = z.uuid().safeParse(text(form, "appointmentId"));
  if (!appointmentId.success) return { message: "We could not find that appointment.", errors: [{ href: "#maincontent", text: "We could not find that appointment." }] };
  const outcome = await confirmAttendance(db(), flow.scope, appointmentId.data);
  if (outcome === "not-booked") return { message: "This appointment is no longer booked.", errors: [{ href: "#maincontent", text: "This appointment is no longer booked." }] };
  redirect(`${flow.paths.appointment(appointmentId.data)}?done=confirmed`);
}
