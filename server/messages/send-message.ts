import { z } from "zod";
import { emailFromContent, type MessageContent } from "../../emails/content";
import type { Db } from "../platform/db/client";
import type { Message } from "../platform/db/generated/client";
import { describeJobFailure } from "../platform/jobs/job-error";
import type { JobHandler } from "../platform/jobs/runner";
import { sendEmail, type OutgoingEmail } from "../platform/mail/transport";
import { messageContext, type MessageContext } from "./message-context";
import type { RenderedMessage } from "./rendered-message";
import { rendererFor } from "./templates";

export type SendOutcome = "sent" | "letter-queued" | "not-applicable" | "already-done" | "in-progress" | "missing";

/** How email leaves: SMTP normally, a stand-in in tests. */
export type EmailSender = (email: OutgoingEmail) => Promise<void>;

/** How long a worker may take to send before another may take the message back. */
export const MESSAGE_LEASE_SECONDS = 120;

/** The RFC 5322 Message-ID: the outbox id, so a receiver (or provider) that sees it twice keeps one. */
export function messageIdHeader(messageId: string): string {
  return `<${messageId}@front-door.nhs.invalid>`;
}

/**
 * Sends one outbox message exactly once, without holding a transaction open
 * while talking to the outside world:
 * 1. claim it (PENDING/FAILED, or SENDING with a lease that has run out →
 *    SENDING with a new lease) in one guarded update;
 * 2. render it and keep the content (the inbox shows it from now on);
 * 3. send the email, outside any transaction, with the message id as its
 *    Message-ID;
 * 4. record the result, only if our lease is still the one on the row.
 * A worker that dies between 1 and 4 leaves a lease that runs out; the
 * recovery job queues the message again. Letters are not sent here: the
 * message's Letter row waits for its print time and the print batch job.
 */
export async function sendMessage(
  client: Db,
  messageId: string,
  ctx: MessageContext,
  send: EmailSender = sendEmail,
  options: { leaseSeconds?: number } = {},
): Promise<SendOutcome> {
  const leaseUntil = new Date(ctx.now.getTime() + (options.leaseSeconds ?? MESSAGE_LEASE_SECONDS) * 1000);
  const claimed = await client.message.updateManyAndReturn({
    where: { id: messageId, OR: [{ status: { in: ["PENDING", "FAILED"] } }, { status: "SENDING", leaseUntil: { lt: ctx.now } }] },
    data: { status: "SENDING", leaseUntil, attempts: { increment: 1 } },
  });
  const message = claimed[0];
  if (!message) {
    const existing = await client.message.findUnique({ where: { id: messageId }, select: { status: true } });
    if (!existing) return "missing";
    return existing.status === "SENDING" ? "in-progress" : "already-done";
  }
  const mine = { id: message.id, status: "SENDING" as const, leaseUntil };
  try {
    const render = rendererFor(message.template);
    if (!render) throw new Error(`No template called ${message.template}`);
    const rendered = await render(client, message, ctx);
    if (!rendered) return await recordNotApplicable(client, mine, ctx.now);
    await client.message.updateMany({ where: mine, data: { content: rendered.content, subject: rendered.content.subject } });
    const delivered = await deliver(client, message, rendered, ctx, send);
    await client.$transaction(async (tx) => {
      const recorded = await tx.message.updateMany({
        where: mine,
        data: { status: "SENT", sentAt: ctx.now, leaseUntil: null, lastError: null, ...delivered.changes },
      });
      if (recorded.count === 0) return;
      if (delivered.printNow) {
        await tx.letter.updateMany({ where: { messageId: message.id, status: "PENDING" }, data: { printAfter: ctx.now } });
      }
      await tx.messageEvent.create({ data: { messageId: message.id, at: ctx.now, channel: delivered.channel, status: "sent", detail: delivered.detail } });
    });
    return delivered.outcome;
  } catch (error) {
    // A mail server's answer can quote the recipient's address: keep a code and reference, as jobs do.
    const failure = describeJobFailure(error);
    await client.message.updateMany({ where: mine, data: { status: "FAILED", leaseUntil: null, lastError: failure.summary } });
    await client.messageEvent.create({ data: { messageId: message.id, at: ctx.now, channel: message.channel, status: "failed", detail: failure.summary } });
    throw error;
  }
}

async function recordNotApplicable(client: Db, mine: { id: string; status: "SENDING"; leaseUntil: Date }, now: Date): Promise<SendOutcome> {
  await client.$transaction(async (tx) => {
    const recorded = await tx.message.updateMany({ where: mine, data: { status: "CANCELLED", leaseUntil: null, lastError: null } });
    if (recorded.count === 0) return;
    await tx.letter.updateMany({ where: { messageId: mine.id, status: "PENDING" }, data: { status: "CANCELLED", statusNote: "No longer applies" } });
    await tx.messageEvent.create({ data: { messageId: mine.id, at: now, channel: "INBOX", status: "cancelled", detail: "no longer applies" } });
  });
  return "not-applicable";
}

type Delivered = {
  outcome: "sent" | "letter-queued";
  channel: string;
  detail?: string;
  printNow?: boolean;
  changes?: { channel: "EMAIL" | "LETTER"; toAddress: string };
};

async function deliver(client: Db, message: Message, rendered: RenderedMessage, ctx: MessageContext, send: EmailSender): Promise<Delivered> {
  const email = (to: string) => send(outgoingEmail(message, to, rendered, ctx));
  if (message.channel === "EMAIL") {
    await email(message.toAddress);
    return { outcome: "sent", channel: "EMAIL" };
  }
  if (message.channel === "LETTER") {
    return { outcome: "letter-queued", channel: "LETTER", detail: "waiting for the next print batch", printNow: true };
  }
  // No SMS gateway is connected: the same message goes by email when we have an
  // address, otherwise by post, so the patient is still told.
  const patient = message.patientId
    ? await client.patient.findUnique({ where: { id: message.patientId }, select: { email: true, addressLine1: true, addressLine2: true, town: true, postcode: true } })
    : null;
  if (!patient) throw new Error("An SMS message needs a patient");
  if (patient.email) {
    await email(patient.email);
    return { outcome: "sent", channel: "EMAIL", detail: "no SMS gateway: sent by email", changes: { channel: "EMAIL", toAddress: patient.email } };
  }
  const address = [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter(Boolean).join("\n");
  return { outcome: "letter-queued", channel: "LETTER", detail: "no SMS gateway or email: by post", printNow: true, changes: { channel: "LETTER", toAddress: address } };
}

function outgoingEmail(message: Message, to: string, rendered: RenderedMessage, ctx: MessageContext): OutgoingEmail {
  const content: MessageContent = message.patientId
    ? { ...rendered.content, blocks: [...rendered.content.blocks, { kind: "action", label: "Read this message in your Front Door inbox", url: `${ctx.baseUrl}/patient/messages/${message.id}` }] }
    : rendered.content;
  const { subject, text, html } = emailFromContent(content, ctx.trustName);
  return { to, subject, text, html, attachments: rendered.attachments, messageId: messageIdHeader(message.id) };
}

const payloadSchema = z.object({ messageId: z.uuid() });

/** The `send-message` queue's handler. */
export const sendMessageJob: JobHandler = async (payload, { db, now }) => {
  const { messageId } = payloadSchema.parse(payload);
  const outcome = await sendMessage(db, messageId, messageContext(now));
  // Another worker holds it: try again later, in case that worker dies before recording it.
  if (outcome === "in-progress") throw new Error("The message is being sent by another worker");
};
