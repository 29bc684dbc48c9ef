import type { Tx } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { enqueueJob } from "../platform/jobs/queue";
import { chooseChannel } from "./choose-channel";
import { letterVariantFor } from "./letters/letter-variant";
import { letterTiming, messagePlanFor } from "./message-plans";

export const SEND_MESSAGE_QUEUE = "send-message";

/**
 * Writes an outbox message to a patient, inside the caller's transaction, so it
 * exists if and only if the change it reports was committed. It lands in the
 * patient's portal inbox and goes by email (or SMS) on their preferred channel;
 * the message type's plan decides the letter: printed if still unread after a
 * while, at once (urgent), or not at all. Patients who prefer post or have no
 * digital contact, and messages staff force to print, get the letter at once.
 * `arriveBy` is a deadline the letter must arrive before (an invitation to respond).
 */
export async function queuePatientMessage(
  tx: Tx,
  input: {
    patientId: string;
    template: string;
    subject: string;
    appointmentId?: string | null;
    referralId?: string | null;
    payload: Prisma.InputJsonObject;
    forcePrint?: boolean;
    arriveBy?: Date;
    now?: Date;
  },
): Promise<{ messageId: string }> {
  const now = input.now ?? new Date();
  const patient = await tx.patient.findUniqueOrThrow({
    where: { id: input.patientId },
    select: {
      id: true,
      preferredContact: true,
      email: true,
      mobile: true,
      addressLine1: true,
      addressLine2: true,
      town: true,
      postcode: true,
      communicationNeeds: true,
      interpreterLanguage: true,
    },
  });
  const { channel, toAddress } = chooseChannel(patient);
  const plan = await messagePlanFor(tx, input.template);
  const printNow = channel === "LETTER" || Boolean(input.forcePrint);
  const message = await tx.message.create({
    data: {
      patientId: patient.id,
      appointmentId: input.appointmentId ?? null,
      referralId: input.referralId ?? null,
      channel,
      template: input.template,
      toAddress,
      subject: input.subject,
      payload: input.payload,
      forcePrint: Boolean(input.forcePrint),
      createdAt: now,
      events: { create: { at: now, channel: "INBOX", status: "queued", detail: `plan: ${printNow ? "letter at once" : plan.letter}` } },
    },
    select: { id: true },
  });
  if (input.appointmentId) await cancelSupersededLetters(tx, input.appointmentId, message.id, now);
  if (printNow || plan.letter !== "never") {
    const timing = letterTiming(printNow ? { ...plan, letter: "at-once" } : plan, now, input.arriveBy);
    const variant = letterVariantFor(patient);
    await tx.letter.create({
      data: {
        patientId: patient.id,
        messageId: message.id,
        template: input.template,
        variant,
        largePrint: variant === "LARGE_PRINT",
        postageClass: timing.postageClass,
        printAfter: timing.printAfter,
        status: "PENDING",
      },
    });
  }
  await enqueueJob(tx, { queue: SEND_MESSAGE_QUEUE, payload: { messageId: message.id }, runAt: now });
  return { messageId: message.id };
}

/** The newest message about an appointment says what is true: older letters about it that have not gone to print are not printed. */
async function cancelSupersededLetters(tx: Tx, appointmentId: string, newMessageId: string, now: Date): Promise<void> {
  const superseded = await tx.letter.findMany({
    where: { status: "PENDING", message: { appointmentId, id: { not: newMessageId } } },
    select: { id: true, messageId: true },
  });
  if (superseded.length === 0) return;
  await tx.letter.updateMany({ where: { id: { in: superseded.map((l) => l.id) }, status: "PENDING" }, data: { status: "CANCELLED", statusNote: "A newer message about the appointment replaced it" } });
  await tx.messageEvent.createMany({
    data: superseded.flatMap((l) => (l.messageId ? [{ messageId: l.messageId, at: now, channel: "LETTER", status: "cancelled", detail: "replaced by a newer message" }] : [])),
  });
}
