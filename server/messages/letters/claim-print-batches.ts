import type { Db } from "../../platform/db/client";
import type { PostageClass } from "../../platform/db/generated/enums";

export const POSTAGE_CLASSES: readonly PostageClass[] = ["FIRST", "SECOND", "ECONOMY"];

/**
 * Gathers due letters into new batches, one per postage class, and takes back
 * batches whose builder died (lease run out). Returns the batches this caller
 * now holds the lease on. A letter is due when its print time has come, its
 * message was written and is still unread, it is a variant we print, and the
 * patient's address is not waiting to be checked after returned mail.
 */
export async function claimPrintBatches(client: Db, options: { now: Date; leaseSeconds: number; maxLetters: number }): Promise<{ id: string; leaseUntil: Date }[]> {
  const leaseUntil = new Date(options.now.getTime() + options.leaseSeconds * 1000);
  const resumed = await client.printBatch.updateManyAndReturn({
    where: { status: "BUILDING", OR: [{ leaseUntil: null }, { leaseUntil: { lt: options.now } }] },
    data: { leaseUntil },
    select: { id: true },
  });
  const created: { id: string }[] = [];
  for (const postageClass of POSTAGE_CLASSES) {
    const batch = await client.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT l.id FROM "Letter" l
        JOIN "Message" m ON m.id = l."messageId"
        JOIN "Patient" p ON p.id = l."patientId"
        WHERE l.status = 'PENDING' AND l."postageClass" = ${postageClass}::"PostageClass"
          AND l."printAfter" <= ${options.now}
          AND l.variant IN ('STANDARD', 'LARGE_PRINT')
          AND m.status IN ('SENT', 'READ') AND (m."readAt" IS NULL OR m."forcePrint") AND m.content IS NOT NULL
          AND p."addressCheckNeededAt" IS NULL
        ORDER BY l."printAfter", l.id
        LIMIT ${options.maxLetters}
        FOR UPDATE OF l SKIP LOCKED`;
      if (due.length === 0) return null;
      const ids = due.map((d) => d.id);
      const batch = await tx.printBatch.create({ data: { postageClass, leaseUntil, letterCount: ids.length, createdAt: options.now }, select: { id: true } });
      await tx.letter.updateMany({ where: { id: { in: ids } }, data: { status: "IN_BATCH", batchId: batch.id } });
      await tx.$executeRaw`
        INSERT INTO "MessageEvent" ("messageId", "at", "channel", "status", "detail")
        SELECT "messageId", ${options.now}, 'LETTER', 'in batch', ${`batch ${batch.id}`} FROM "Letter" WHERE id = ANY(${ids}::uuid[])`;
      return batch;
    });
    if (batch) created.push(batch);
  }
  return [...resumed, ...created].map((b) => ({ id: b.id, leaseUntil }));
}
