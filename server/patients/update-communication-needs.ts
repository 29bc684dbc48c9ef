import { z } from "zod";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import type { CommunicationNeed } from "../platform/db/generated/enums";
import { multilineText, text } from "../platform/forms/text";

/** Each need as a patient would ask for it (Accessible Information Standard and reasonable adjustments). */
export const patientNeedLabels: Record<CommunicationNeed, string> = {
  INTERPRETER: "An interpreter",
  BRITISH_SIGN_LANGUAGE: "A British Sign Language (BSL) interpreter",
  WHEELCHAIR_ACCESS: "Wheelchair access",
  LARGE_PRINT: "Letters and information in large print",
  LONGER_APPOINTMENT: "A longer appointment",
  HEARING_LOOP: "A hearing loop",
  EASY_READ: "Easy read information",
  BRAILLE: "Information in braille",
  AUDIO: "Information as audio",
  OTHER: "Something else",
};

/** The needs a patient can tick, in the order shown (OTHER is the free-text notes). */
export const PATIENT_CHOOSABLE_NEEDS = [
  "INTERPRETER",
  "BRITISH_SIGN_LANGUAGE",
  "WHEELCHAIR_ACCESS",
  "LARGE_PRINT",
  "LONGER_APPOINTMENT",
  "HEARING_LOOP",
  "EASY_READ",
  "BRAILLE",
  "AUDIO",
] as const satisfies readonly CommunicationNeed[];

export const communicationNeedsSchema = z
  .object({
    needs: z.array(z.enum(PATIENT_CHOOSABLE_NEEDS)).default([]),
    interpreterLanguage: text().trim().max(60, { message: "Language must be 60 characters or fewer" }).optional(),
    accessNotes: multilineText().trim().max(500, { message: "Other needs must be 500 characters or fewer" }).optional(),
  })
  .refine((v) => !v.needs.includes("INTERPRETER") || (v.interpreterLanguage ?? "").length > 0, {
    path: ["interpreterLanguage"],
    message: "Enter the language you need an interpreter for",
  });
export type CommunicationNeedsInput = z.output<typeof communicationNeedsSchema>;

/** The needs fieldset of a form as the schema's input (ticked boxes are repeated `needs` fields). */
export function communicationNeedsFields(form: FormData) {
  return {
    needs: form.getAll("needs").map(String),
    interpreterLanguage: String(form.get("interpreterLanguage") ?? "") || undefined,
    accessNotes: String(form.get("accessNotes") ?? "") || undefined,
  };
}

/**
 * Records the patient's needs when they differ from what we hold, audited in the
 * same transaction. Needs the patient cannot tick here (recorded by staff, such
 * as OTHER) are kept. Returns whether anything changed.
 */
export async function updateCommunicationNeeds(client: Db, patientId: string, input: CommunicationNeedsInput, actor: Actor, now = new Date()): Promise<boolean> {
  return client.$transaction((tx) => updateCommunicationNeedsInTransaction(tx, patientId, input, actor, now));
}

/** The same, inside the caller's transaction: a booking and the needs given with it commit together. */
export async function updateCommunicationNeedsInTransaction(tx: Tx, patientId: string, input: CommunicationNeedsInput, actor: Actor, now = new Date()): Promise<boolean> {
  const before = await tx.patient.findUniqueOrThrow({ where: { id: patientId }, select: { communicationNeeds: true, interpreterLanguage: true, accessNotes: true } });
  const kept = before.communicationNeeds.filter((n) => !(PATIENT_CHOOSABLE_NEEDS as readonly string[]).includes(n));
  const after = {
    communicationNeeds: [...kept, ...input.needs].sort(),
    interpreterLanguage: input.needs.includes("INTERPRETER") ? (input.interpreterLanguage ?? null) : null,
    accessNotes: input.accessNotes ?? null,
  };
  const unchanged =
    JSON.stringify([...before.communicationNeeds].sort()) === JSON.stringify(after.communicationNeeds) &&
    before.interpreterLanguage === after.interpreterLanguage &&
    before.accessNotes === after.accessNotes;
  if (unchanged) return false;
  await tx.patient.update({ where: { id: patientId }, data: { ...after, needsReviewedAt: now } });
  await recordAudit(tx, { actor, action: "patient.communication-needs-updated", entityType: "Patient", entityId: patientId, patientId, before, after });
  return true;
}
