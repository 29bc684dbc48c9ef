import type { MessageContent } from "../../emails/content";
import { messageContentSchema } from "../../emails/content";
import type { Db, DbClient } from "../platform/db/client";
import { Prisma } from "../platform/db/generated/client";
import type { LetterStatus, LetterVariant, MessageStatus } from "../platform/db/generated/enums";

export type InboxItem = {
  id: string;
  subject: string;
  createdAt: Date;
  readAt: Date | null;
  letter: { status: LetterStatus; variant: LetterVariant; printAfter: Date | null } | null;
};

export const INBOX_PAGE_SIZE = 25;

/**
 * The patient's portal inbox: every message that has been written for them
 * (rendered), newest first, a page at a time (keyset on createdAt, id), with
 * its letter if it has one. Scoped by the signed-in patient's id.
 */
export async function listInbox(client: DbClient, patientId: string, before?: { createdAt: Date; id: string }): Promise<{ items: InboxItem[]; next?: { createdAt: Date; id: string } }> {
  const rows = await client.message.findMany({
    where: {
      patientId,
      content: { not: Prisma.DbNull },
      status: { in: ["SENDING", "SENT", "READ", "FAILED"] },
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: { id: true, subject: true, createdAt: true, readAt: true, letter: { select: { status: true, variant: true, printAfter: true } } },
  });
  const items = rows.slice(0, INBOX_PAGE_SIZE);
  const last = items.at(-1);
  return { items, next: rows.length > INBOX_PAGE_SIZE && last ? { createdAt: last.createdAt, id: last.id } : undefined };
}

export type OpenedMessage = {
  id: string;
  status: MessageStatus;
  createdAt: Date;
  readAt: Date;
  content: MessageContent;
  letter: { status: LetterStatus; variant: LetterVariant } | null;
};

/**
 * Opens one of the patient's messages and counts it as read. Reading it
 * cancels its letter if that has not gone to print yet, in the same
 * transaction: a patient who has read the message is not posted it as well.
 * Another patient's message, or one not written yet, is not found (null).
 */
export async function openInboxMessage(client: Db, patientId: string, messageId: string, now: Date = new Date()): Promise<OpenedMessage | null> {
  return client.$transaction(async (tx) => {
    const message = await tx.message.findFirst({
      where: { id: messageId, patientId, status: { in: ["SENDING", "SENT", "READ", "FAILED"] } },
      select: { id: true, status: true, createdAt: true, readAt: true, content: true },
    });
    const content = messageContentSchema.safeParse(message?.content);
    if (!message || !content.success) return null;
    let readAt = message.readAt;
    if (!readAt) {
      readAt = now;
      await tx.message.updateMany({ where: { id: message.id, readAt: null }, data: { readAt: now, ...(message.status === "SENT" ? { status: "READ" } : {}) } });
      const cancelled = await tx.letter.updateMany({ where: { messageId: message.id, status: "PENDING" }, data: { status: "CANCELLED", statusNote: "Read online before printing" } });
      await tx.messageEvent.createMany({
        data: [
          { messageId: message.id, at: now, channel: "INBOX", status: "read" },
          ...(cancelled.count > 0 ? [{ messageId: message.id, at: now, channel: "LETTER", status: "cancelled", detail: "read online before printing" }] : []),
        ],
      });
    }
    const letter = await tx.letter.findUnique({ where: { messageId: message.id }, select: { status: true, variant: true } });
    return { id: message.id, status: message.status, createdAt: message.createdAt, readAt, content: content.data, letter };
  });
}

/** A patient's own letter as a PDF (read-only: downloading is not reading online). */
export async function patientLetterSource(client: DbClient, patientId: string, messageId: string) {
  const message = await client.message.findFirst({
    where: { id: messageId, patientId },
    select: {
      id: true,
      content: true,
      createdAt: true,
      letter: { select: { variant: true } },
      patient: { select: { nhsNumber: true, givenName: true, familyName: true, addressLine1: true, addressLine2: true, town: true, postcode: true, communicationNeeds: true } },
    },
  });
  const content = messageContentSchema.safeParse(message?.content);
  if (!message?.patient || !content.success) return null;
  const largePrint = message.letter ? message.letter.variant === "LARGE_PRINT" : message.patient.communicationNeeds.includes("LARGE_PRINT");
  return { id: message.id, content: content.data, createdAt: message.createdAt, recipient: message.patient, variant: largePrint ? ("LARGE_PRINT" as const) : ("STANDARD" as const) };
}
