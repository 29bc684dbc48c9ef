import type { DbClient } from "../platform/db/client";
import { PRINTABLE_VARIANTS } from "./letters/letter-variant";

/** The print room: batches, what waits, what is held, and what needs a person. */
export async function loadPrintRoom(client: DbClient, now: Date = new Date()) {
  const [batches, dueByClass, accessible, failed, held, spent] = await Promise.all([
    client.printBatch.findMany({ orderBy: { createdAt: "desc" }, take: 50 }),
    client.letter.groupBy({
      by: ["postageClass"],
      where: { status: "PENDING", printAfter: { lte: now }, variant: { in: [...PRINTABLE_VARIANTS] } },
      _count: { _all: true },
    }),
    client.letter.findMany({
      where: { status: "PENDING", variant: { notIn: [...PRINTABLE_VARIANTS] }, printAfter: { lte: now } },
      orderBy: { printAfter: "asc" },
      take: 100,
      select: { id: true, variant: true, createdAt: true, patient: { select: { id: true, givenName: true, familyName: true, interpreterLanguage: true } }, message: { select: { subject: true } } },
    }),
    client.letter.findMany({
      where: { status: { in: ["FAILED", "RETURNED"] } },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { id: true, status: true, statusNote: true, updatedAt: true, messageId: true, patient: { select: { id: true, givenName: true, familyName: true, addressCheckNeededAt: true } } },
    }),
    client.patient.findMany({
      where: { addressCheckNeededAt: { not: null } },
      orderBy: { addressCheckNeededAt: "asc" },
      take: 100,
      select: { id: true, givenName: true, familyName: true, addressCheckNeededAt: true, _count: { select: { letters: { where: { status: "PENDING" } } } } },
    }),
    client.printBatch.aggregate({ where: { status: { in: ["READY", "DISPATCHED"] } }, _sum: { postagePence: true, letterCount: true, sheetCount: true } }),
  ]);
  return { batches, dueByClass, accessible, failed, held, spent: spent._sum };
}

/** Every message to a patient with its channel, letter and status timeline, newest first. */
export async function loadMessageHistory(client: DbClient, patientId: string) {
  return client.message.findMany({
    where: { patientId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      subject: true,
      template: true,
      channel: true,
      toAddress: true,
      status: true,
      createdAt: true,
      readAt: true,
      lastError: true,
      forcePrint: true,
      letter: { select: { id: true, status: true, variant: true, postageClass: true, printAfter: true, statusNote: true, batchId: true, pageCount: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, at: true, channel: true, status: true, detail: true } },
    },
  });
}
