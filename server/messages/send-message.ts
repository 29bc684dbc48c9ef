import { z } from "zod";
import type { Db, Tx } from "../platform/db/client";
import type { Message } from "../platform/db/generated/client";
import type { JobHandler } from "../platform/jobs/runner";
import { sendEmail, type OutgoingEmail } from "../platform/mail/transport";
import { messageContext, type MessageContext } from "./message-context";
import type { RenderedMessage } from "./rendered-message";
import { rendererFor } from "./templates";

export type SendOutcome = "sent" | "letter-queued" | "not-applicable" | "already-done" | "missing";

/** How email leaves: SMTP normally, a stand-in in tests. */
export type EmailSender = (email: OutgoingEmail) => Promise<void>;

const DONE_STATUSES = new Set(["SENT", "READ", "CANCELLED"]);

/**
 * Sends one outbox message. The message row is locked for the duration, so two
 * workers given the same message take turns and the second finds it SENT: a
 * message is never sent twice. Email goes out with its attachments; a letter
 * becomes a PENDING Letter row for printing; a message that no longer applies
 * is CANCELLED unsent. A failure is recorded on the message and thrown, so the
 * job queue retries it with backoff.
 */
export async function sendMessage(client: Db, messageId: string, ctx: MessageContext, send: EmailSender = sendEmail): Promise<SendOutcome> {
  try {
    return await client.$transaction((tx) => sendLocked(tx, messageId, ctx, send), { maxWait: 10_000, timeout: 60_000 });
  } catch (error) {
    await client.message.updateMany({
      where: { id: messageId, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "FAILED", attempts: { increment: 1 }, lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error" },
    });
    throw error;
  }
}

async function sendLocked(tx: Tx, messageId: string, ctx: MessageContext, send: EmailSender): Promise<SendOutcome> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Message" WHERE "id" = ${messageId}::uuid FOR UPDATE`;
  if (locked.length === 0) return "missing";
  const message = await tx.message.findUniqueOrThrow({ where: { id: messageId } });
  if (DONE_STATUSES.has(message.status)) return "already-done";

  const render = rendererFor(message.template);
  if (!render) throw new Error(`No template called ${message.template}`);
  const rendered = await render(tx, message, ctx);
  if (!rendered) {
    await tx.message.update({ where: { id: message.id }, data: { status: "CANCELLED", lastError: null } });
    return "not-applicable";
  }
  const delivered = await deliver(tx, message, rendered, send);
  await tx.message.update({
    where: { id: message.id },
    data: { status: "SENT", sentAt: ctx.now, attempts: { increment: 1 }, lastError: null, subject: rendered.subject, ...delivered.changes },
  });
  return delivered.outcome;
}

async function deliver(
  tx: Tx,
  message: Message,
  rendered: RenderedMessage,
  send: EmailSender,
): Promise<{ outcome: "sent" | "letter-queued"; changes?: { channel: "EMAIL" | "LETTER"; toAddress: string } }> {
  if (message.channel === "EMAIL") {
    await send({ to: message.toAddress, subject: rendered.subject, text: rendered.text, html: rendered.html, attachments: rendered.attachments });
    return { outcome: "sent" };
  }
  if (message.channel === "LETTER") {
    await queueLetter(tx, message);
    return { outcome: "letter-queued" };
  }
  // No SMS gateway is connected: the same message goes by email when we have an
  // address, otherwise by post, so the patient is still told.
  const patient = message.patientId
    ? await tx.patient.findUnique({ where: { id: message.patientId }, select: { email: true, addressLine1: true, addressLine2: true, town: true, postcode: true } })
    : null;
  if (!patient) throw new Error("An SMS message needs a patient");
  if (patient.email) {
    await send({ to: patient.email, subject: rendered.subject, text: rendered.text, html: rendered.html, attachments: rendered.attachments });
    return { outcome: "sent", changes: { channel: "EMAIL", toAddress: patient.email } };
  }
  await queueLetter(tx, message);
  const address = [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter(Boolean).join("\n");
  return { outcome: "letter-queued", changes: { channel: "LETTER", toAddress: address } };
}

/** One letter per message (messageId is unique), in large print when the patient needs it. */
async function queueLetter(tx: Tx, message: Message): Promise<void> {
  if (!message.patientId) throw new Error("A letter needs a patient to send it to");
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: message.patientId }, select: { communicationNeeds: true } });
  await tx.letter.upsert({
    where: { messageId: message.id },
    create: {
      patientId: message.patientId,
      messageId: message.id,
      template: message.template,
      largePrint: patient.communicationNeeds.includes("LARGE_PRINT"),
      status: "PENDING",
    },
    update: {},
  });
}

const payloadSchema = z.object({ messageId: z.uuid() });

/** The `send-message` queue's handler. */
export const sendMessageJob: JobHandler = async (payload, { db, now }) => {
  const { messageId } = payloadSchema.parse(payload);
  await sendMessage(db, messageId, messageContext(now));
};
