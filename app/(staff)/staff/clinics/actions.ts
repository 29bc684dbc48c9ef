"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { addClinicClosure, removeClinicClosure } from "@/server/scheduling/clinic-closures";
import { appointmentTypeIdsOfClinic, removeClinicSession, saveClinicSession } from "@/server/scheduling/clinic-sessions";
import { ClinicNotFoundError, TemplateNotFoundError } from "@/server/scheduling/errors";
import { generateSlots, type SlotGenerationSummary } from "@/server/scheduling/generate-slots";
import { clinicClosureSchema, clinicSessionSchemaFor, dateFromParts } from "@/server/scheduling/schemas";

/** Where to go after a change, with what to tell the user (the clinic page turns this into a banner). */
function backToClinic(clinicId: string, done: string, slots: SlotGenerationSummary): never {
  redirect(`/staff/clinics/${clinicId}?done=${done}&rebook=${slots.needsRebooking}`);
}

/** A clinic or session that does not exist (or an id that cannot be one) is not found, not a form error. */
async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ClinicNotFoundError || error instanceof TemplateNotFoundError) notFound();
    throw error;
  }
}

/** Ids in hidden fields: one that cannot be an id is not found (tampering, not a form error). */
function ids<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape).catch(() => notFound());
}
const id = z.string().refine(isUuid);

export const saveSessionAction = staffAction(
  "BOOKING_CLERK",
  ids({ clinicId: id, sessionId: id.optional() }),
  async ({ clinicId, sessionId }, { actor, formData }) => {
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
    const typeIds = await orNotFound(() => appointmentTypeIdsOfClinic(db(), clinicId));
    clinicSessionSchemaFor(typeIds).parse(values);
    const result = await orNotFound(() => saveClinicSession(db(), { clinicId, sessionId }, values, actor));
    backToClinic(clinicId, sessionId ? "session-changed" : "session-added", result.slots);
  },
  { input: (_form, values) => ({ clinicId: values.clinicId, sessionId: values.sessionId || undefined }), defaultField: "startTime", doing: "Saving a clinic session" },
);

export const removeSessionAction = staffAction("BOOKING_CLERK", ids({ clinicId: id, sessionId: id }), async ({ clinicId, sessionId }, { actor }) => {
  const result = await orNotFound(() => removeClinicSession(db(), { clinicId, sessionId }, actor));
  backToClinic(clinicId, "session-removed", result.slots);
});

export const addClosureAction = staffAction(
  "BOOKING_CLERK",
  ids({ clinicId: id }),
  async ({ clinicId }, { actor, formData }) => {
    const values = { startDate: dateFromParts(formData, "startDate"), endDate: dateFromParts(formData, "endDate"), reason: String(formData.get("reason") ?? "") };
    clinicClosureSchema.parse(values);
    const result = await orNotFound(() => addClinicClosure(db(), clinicId, values, actor));
    backToClinic(clinicId, "closure-added", result.slots);
  },
  { defaultField: "reason", doing: "Closing a clinic" },
);

export const removeClosureAction = staffAction("BOOKING_CLERK", ids({ clinicId: id, closureId: id }), async ({ clinicId, closureId }, { actor }) => {
  const result = await orNotFound(() => removeClinicClosure(db(), { clinicId, closureId }, actor));
  backToClinic(clinicId, "closure-removed", result.slots);
});

export type GenerateSlotsExtra = { summary: SlotGenerationSummary };

/** Admins can run the nightly generation at once, e.g. after changing the horizon or bank holidays. */
export const generateSlotsNowAction = staffAction<z.ZodObject, GenerateSlotsExtra>("ADMIN", z.object({}), async (_input, { actor, previous }) => {
  const summary = await generateSlots(db(), { actor, reason: "The clinic's timetable changed" });
  return { status: "done", attempt: previous.attempt + 1, errors: {}, values: {}, summary };
});
