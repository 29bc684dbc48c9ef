import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { LetterStatus } from "../../platform/db/generated/enums";
import { DomainError } from "../../platform/errors/domain-error";
import { PRINTABLE_VARIANTS, letterVariantFor } from "./letter-variant";

export class LetterStateError extends DomainError {
  readonly code = "letter-state";
}

/** What a print supplier may report next for a letter, by where it is now. */
const NEXT: Partial<Record<LetterStatus, readonly LetterStatus[]>> = {
  IN_BATCH: ["ACCEPTED", "PRINTED", "DISPATCHED", "FAILED"],
  ACCEPTED: ["PRINTED", "DISPATCHED", "FAILED"],
  PRINTED: ["DISPATCHED", "FAILED"],
  DISPATCHED: ["DELIVERED", "RETURNED"],
  DELIVERED: ["RETURNED"],
};

async function event(tx: Tx, messageId: string | null, now: Date, status: string, detail?: string) {
  if (messageId) await tx.messageEvent.create({ data: { messageId, at: now, channel: "LETTER", status, detail } });
}

/** Records a print supplier's status for one letter, along the allowed transitions only (a guarded update). */
export async function recordLetterStatus(client: Db, letterId: string, status: LetterStatus, actor: Actor, note?: string, now: Date = new Date()): Promise<void> {
  const from = Object.entries(NEXT).filter(([, to]) => to.includes(status)).map(([f]) => f as LetterStatus);
  await client.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { status: true, messageId: true, patientId: true } });
    if (!letter) throw new LetterStateError("There is no such letter");
    const changed = await tx.letter.updateMany({ where: { id: letterId, status: { in: from } }, data: { status, statusNote: note ?? null } });
    if (changed.count === 0) throw new LetterStateError(`A letter that is ${letter.status.toLowerCase().replace("_", " ")} cannot become ${status.toLowerCase()}`);
    await event(tx, letter.messageId, now, status.toLowerCase().replace("_", " "), note);
    await recordAudit(tx, { actor, action: `letter.${status.toLowerCase()}`, entityType: "Letter", entityId: letterId, patientId: letter.patientId, before: { status: letter.status }, after: { status, note } });
  });
}

/**
 * Returned mail: the letter is marked returned, the patient's address is flagged
 * for checking (their next letters wait until it is), and the booking centre gets
 * a task to check it with the patient.
 */
export async function recordReturnedMail(client: Db, letterId: string, reason: string, actor: Actor, now: Date = new Date()): Promise<void> {
  await recordLetterStatus(client, letterId, "RETURNED", actor, reason, now);
  await client.$transaction(async (tx) => {
    const letter = await tx.letter.findUniqueOrThrow({ where: { id: letterId }, select: { patientId: true, template: true } });
    await tx.patient.update({ where: { id: letter.patientId }, data: { addressCheckNeededAt: now } });
    await tx.worklistTask.create({
      data: {
        kind: "RETURNED_MAIL",
        patientId: letter.patientId,
        summary: `A letter ("${letter.template}") came back: ${reason}. Check the address with the patient; their letters are held until then.`,
        details: { letterId },
        dueBy: new Date(now.getTime() + 5 * 24 * 3_600_000),
      },
    });
  });
}

/** The address has been checked (and corrected if need be): held letters print in the next batch. */
export async function confirmAddressChecked(client: Db, patientId: string, actor: Actor): Promise<void> {
  await client.$transaction(async (tx) => {
    const changed = await tx.patient.updateMany({ where: { id: patientId, addressCheckNeededAt: { not: null } }, data: { addressCheckNeededAt: null } });
    if (changed.count === 0) throw new LetterStateError("This patient's address is not waiting to be checked");
    await tx.worklistTask.updateMany({ where: { patientId, kind: "RETURNED_MAIL", status: { in: ["OPEN", "IN_PROGRESS"] } }, data: { status: "DONE", closedAt: new Date() } });
    await recordAudit(tx, { actor, action: "patient.address-checked", entityType: "Patient", entityId: patientId, patientId });
  });
}

/** The batch has gone to the post: every letter in it still with the printer is dispatched. */
export async function markBatchDispatched(client: Db, batchId: string, actor: Actor, now: Date = new Date()): Promise<{ letters: number }> {
  return client.$transaction(async (tx) => {
    const changed = await tx.printBatch.updateMany({ where: { id: batchId, status: "READY" }, data: { status: "DISPATCHED", dispatchedAt: now } });
    if (changed.count === 0) throw new LetterStateError("Only a batch that is ready can be marked dispatched");
    const letters = await tx.letter.updateManyAndReturn({
      where: { batchId, status: { in: ["IN_BATCH", "ACCEPTED", "PRINTED"] } },
      data: { status: "DISPATCHED" },
      select: { messageId: true },
    });
    await tx.messageEvent.createMany({
      data: letters.flatMap((l) => (l.messageId ? [{ messageId: l.messageId, at: now, channel: "LETTER", status: "dispatched", detail: `batch ${batchId}` }] : [])),
    });
    await recordAudit(tx, { actor, action: "print-batch.dispatched", entityType: "PrintBatch", entityId: batchId, after: { letters: letters.length } });
    return { letters: letters.length };
  });
}

/** A braille, easy read, other-language or BSL letter made and sent by the accessible-format supplier. */
export async function markAccessibleFormatSent(client: Db, letterId: string, actor: Actor, now: Date = new Date()): Promise<void> {
  await client.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { messageId: true, patientId: true, variant: true } });
    const changed = await tx.letter.updateMany({
      where: { id: letterId, status: "PENDING", variant: { notIn: [...PRINTABLE_VARIANTS] } },
      data: { status: "DISPATCHED", statusNote: "Sent in accessible format" },
    });
    if (!letter || changed.count === 0) throw new LetterStateError("Only an accessible-format letter waiting to be sent can be marked sent");
    await event(tx, letter.messageId, now, "dispatched", `accessible format: ${letter.variant.toLowerCase()}`);
    await recordAudit(tx, { actor, action: "letter.accessible-format-sent", entityType: "Letter", entityId: letterId, patientId: letter.patientId });
  });
}

/** Staff want this message on paper now, whatever its plan: its letter prints in the next batch. */
export async function forcePrintMessage(client: Db, messageId: string, actor: Actor, now: Date = new Date()): Promise<void> {
  await client.$transaction(async (tx) => {
    const message = await tx.message.findUnique({
      where: { id: messageId },
      select: { id: true, patientId: true, template: true, status: true, patient: { select: { communicationNeeds: true, interpreterLanguage: true } }, letter: { select: { status: true } } },
    });
    if (!message?.patientId || !message.patient) throw new LetterStateError("Only a message to a patient can be printed");
    if (message.status === "CANCELLED") throw new LetterStateError("This message no longer applies, so it is not printed");
    await tx.message.update({ where: { id: messageId }, data: { forcePrint: true } });
    if (!message.letter) {
      const variant = letterVariantFor(message.patient);
      await tx.letter.create({ data: { patientId: message.patientId, messageId, template: message.template, variant, largePrint: variant === "LARGE_PRINT", postageClass: "SECOND", printAfter: now } });
    } else {
      const changed = await tx.letter.updateMany({ where: { messageId, status: { in: ["PENDING", "CANCELLED", "FAILED"] } }, data: { status: "PENDING", printAfter: now, statusNote: null } });
      if (changed.count === 0) throw new LetterStateError("This letter is already with the printer");
    }
    await event(tx, messageId, now, "print requested", `by ${actor.label}`);
    await recordAudit(tx, { actor, action: "message.force-print", entityType: "Message", entityId: messageId, patientId: message.patientId });
  });
}
