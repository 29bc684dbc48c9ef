"use server";

import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { db } from "@/server/platform/db/client";
import { addClinicClosure, removeClinicClosure } from "@/server/scheduling/clinic-closures";
import { appointmentTypeIdsOfClinic, removeClinicSession, saveClinicSession } from "@/server/scheduling/clinic-sessions";
import { ClinicNotFoundError, SchedulingError, TemplateNotFoundError } from "@/server/scheduling/errors";
import { generateSlots, type SlotGenerationSummary } from "@/server/scheduling/generate-slots";
import { clinicClosureSchema, clinicSessionSchemaFor, dateFromParts } from "@/server/scheduling/schemas";
import { fieldErrors, type FormState } from "./form-state";

/** Where to go after a change, with what to tell the user (the clinic page turns this into a banner). */
function backToClinic(clinicId: string, done: string, slots: SlotGenerationSummary): never {
  redirect(`/staff/clinics/${clinicId}?done=${done}&rebook=${slots.needsRebooking}`);
}

function rethrowUnlessExpected(error: unknown): SchedulingError {
  if (error instanceof ClinicNotFoundError || error instanceof TemplateNotFoundError) notFound();
  if (error instanceof SchedulingError) return error;
  throw error;
}

export async function saveSessionAction(clinicId: string, sessionId: string | undefined, previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const values = {
    weekday: String(formData.get("weekday") ?? ""),
    startTime: String(formData.get("startTime") ?? ""),
    endTime: String(formData.get("endTime") ?? ""),
    slotMinutes: String(formData.get("slotMinutes") ?? ""),
    capacityPerSlot: String(formData.get("capacityPerSlot") ?? ""),
    appointmentTypeIds: formData.getAll("appointmentTypeIds").map(String),
    validFrom: dateFromParts(formData, "validFrom"),
    validTo: dateFromParts(formData, "validTo"),
  };
  const shown = { ...values, ...datePartValues(formData, ["validFrom", "validTo"]) };
  let typeIds: string[];
  try {
    typeIds = await appointmentTypeIdsOfClinic(db(), clinicId);
  } catch (error) {
    throw rethrowUnlessExpected(error);
  }
  const parsed = clinicSessionSchemaFor(typeIds).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: shown, attempt: previous.attempt + 1 };
  let result;
  try {
    result = await saveClinicSession(db(), { clinicId, sessionId }, values, staffActor(staff));
  } catch (error) {
    const expected = rethrowUnlessExpected(error);
    return { errors: { [expected.field ?? "startTime"]: expected.message }, values: shown, attempt: previous.attempt + 1 };
  }
  backToClinic(clinicId, sessionId ? "session-changed" : "session-added", result.slots);
}

export async function removeSessionAction(clinicId: string, sessionId: string): Promise<void> {
  const staff = await requireStaff("BOOKING_CLERK");
  let result;
  try {
    result = await removeClinicSession(db(), { clinicId, sessionId }, staffActor(staff));
  } catch (error) {
    throw rethrowUnlessExpected(error);
  }
  backToClinic(clinicId, "session-removed", result.slots);
}

export async function addClosureAction(clinicId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const values = {
    startDate: dateFromParts(formData, "startDate"),
    endDate: dateFromParts(formData, "endDate"),
    reason: String(formData.get("reason") ?? ""),
  };
  const shown = { ...values, ...datePartValues(formData, ["startDate", "endDate"]) };
  const parsed = clinicClosureSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: shown, attempt: previous.attempt + 1 };
  let result;
  try {
    result = await addClinicClosure(db(), clinicId, values, staffActor(staff));
  } catch (error) {
    const expected = rethrowUnlessExpected(error);
    return { errors: { reason: expected.message }, values: shown, attempt: previous.attempt + 1 };
  }
  backToClinic(clinicId, "closure-added", result.slots);
}

export async function removeClosureAction(clinicId: string, closureId: string): Promise<void> {
  const staff = await requireStaff("BOOKING_CLERK");
  let result;
  try {
    result = await removeClinicClosure(db(), { clinicId, closureId }, staffActor(staff));
  } catch (error) {
    throw rethrowUnlessExpected(error);
  }
  backToClinic(clinicId, "closure-removed", result.slots);
}

export type GenerateSlotsState = { summary?: SlotGenerationSummary };

/** Admins can run the nightly generation at once, e.g. after changing the horizon or bank holidays. */
export async function generateSlotsNowAction(): Promise<GenerateSlotsState> {
  const staff = await requireStaff("ADMIN");
  const summary = await generateSlots(db(), { actor: staffActor(staff), reason: "The clinic's timetable changed" });
  return { summary };
}

/** The date fields as typed, to show them again with the errors. */
function datePartValues(formData: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    for (const part of ["day", "month", "year"]) values[`${name}-${part}`] = String(formData.get(`${name}-${part}`) ?? "");
  }
  return values;
}
