import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { messageContentSchema } from "../../../emails/content";
import type { Db } from "../../platform/db/client";
import { composeLetterPdf, type LetterSender } from "./compose-letter";
import { MAX_BYTES, MAX_PAGES } from "./letter-geometry";
import { postagePence, sheetsFor } from "./postage";

export type BatchOptions = { now: Date; outboxDir: string; sender: LetterSender; baseUrl: string };
export type BuiltBatch = { id: string; letters: number; failed: number; pages: number; pdfFile: string; manifestFile: string } | { id: string; lostLease: true };

/**
 * Builds one claimed batch: renders each letter, merges them into one PDF and
 * writes it with a CSV manifest to the print outbox, outside any transaction;
 * then records the result if the lease is still ours. Files are named by the
 * batch id and written whole (temporary file, then rename), so a batch built
 * again after a crash replaces its files: the supplier never finds a letter in
 * two batches. A letter that breaks the printable rules (over 10 pages) fails
 * on its own with the reason, and the rest of the batch goes ahead.
 */
export async function buildPrintBatch(client: Db, batch: { id: string; leaseUntil: Date }, options: BatchOptions): Promise<BuiltBatch> {
  const { postageClass } = await client.printBatch.findUniqueOrThrow({ where: { id: batch.id }, select: { postageClass: true } });
  const letters = await client.letter.findMany({
    where: { batchId: batch.id, status: "IN_BATCH" },
    orderBy: { id: "asc" },
    select: {
      id: true,
      patientId: true,
      variant: true,
      messageId: true,
      message: { select: { content: true } },
      patient: { select: { nhsNumber: true, givenName: true, familyName: true, addressLine1: true, addressLine2: true, town: true, postcode: true } },
    },
  });

  const merged = await PDFDocument.create();
  merged.setTitle(`Print batch ${batch.id}`);
  merged.setCreationDate(options.now);
  merged.setModificationDate(options.now);
  const printed: { id: string; patientId: string; variant: string; pages: number; sheets: number; pence: number; firstPage: number }[] = [];
  const failed: { id: string; reason: string }[] = [];
  for (const letter of letters) {
    const content = messageContentSchema.safeParse(letter.message?.content);
    if (!content.success) {
      failed.push({ id: letter.id, reason: "The message has no content to print" });
      continue;
    }
    const pdf = await composeLetterPdf({
      content: content.data,
      variant: letter.variant === "LARGE_PRINT" ? "LARGE_PRINT" : "STANDARD",
      recipient: letter.patient,
      sender: options.sender,
      date: options.now,
      inboxUrl: letter.messageId ? `${options.baseUrl}/patient/messages/${letter.messageId}` : undefined,
    });
    const doc = await PDFDocument.load(pdf);
    const pages = doc.getPageCount();
    if (pages > MAX_PAGES || pdf.byteLength > MAX_BYTES) {
      failed.push({ id: letter.id, reason: `Too long to print: ${pages} pages, ${Math.round(pdf.byteLength / 1024)} KB (at most ${MAX_PAGES} pages and 2 MB)` });
      continue;
    }
    const firstPage = merged.getPageCount() + 1;
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
    // Double-sided: each letter starts on a new sheet.
    if (pages % 2 === 1) merged.addPage([doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]);
    const sheets = sheetsFor(pages);
    printed.push({ id: letter.id, patientId: letter.patientId, variant: letter.variant, pages, sheets, pence: postagePence(postageClass, sheets), firstPage });
  }

  await mkdir(options.outboxDir, { recursive: true });
  const pdfFile = `batch-${batch.id}.pdf`;
  const manifestFile = `batch-${batch.id}.csv`;
  await writeWhole(path.join(options.outboxDir, pdfFile), await merged.save());
  const manifest = [
    "letter_id,patient_id,first_page,pages,sheets,postage_class,variant",
    ...printed.map((l) => [l.id, l.patientId, l.firstPage, l.pages, l.sheets, postageClass.toLowerCase(), l.variant.toLowerCase()].join(",")),
  ].join("\r\n");
  // The manifest is written last: a supplier collects a batch when its manifest is there.
  await writeWhole(path.join(options.outboxDir, manifestFile), `${manifest}\r\n`);

  const recorded = await client.$transaction(async (tx) => {
    const done = await tx.printBatch.updateMany({
      where: { id: batch.id, status: "BUILDING", leaseUntil: batch.leaseUntil },
      data: {
        status: "READY",
        leaseUntil: null,
        builtAt: options.now,
        letterCount: printed.length,
        pageCount: printed.reduce((n, l) => n + l.pages, 0),
        sheetCount: printed.reduce((n, l) => n + l.sheets, 0),
        postagePence: printed.reduce((n, l) => n + l.pence, 0),
        pdfFile,
        manifestFile,
      },
    });
    if (done.count === 0) return false;
    if (printed.length > 0) {
      await tx.$executeRaw`
        UPDATE "Letter" AS l SET "pageCount" = v.pages, "sheetCount" = v.sheets, "postagePence" = v.pence, "updatedAt" = ${options.now}
        FROM unnest(${printed.map((p) => p.id)}::uuid[], ${printed.map((p) => p.pages)}::int[], ${printed.map((p) => p.sheets)}::int[], ${printed.map((p) => p.pence)}::int[])
          AS v(id, pages, sheets, pence)
        WHERE l.id = v.id`;
    }
    for (const f of failed) {
      await tx.letter.update({ where: { id: f.id }, data: { status: "FAILED", statusNote: f.reason, batchId: null } });
      const letter = await tx.letter.findUniqueOrThrow({ where: { id: f.id }, select: { messageId: true } });
      if (letter.messageId) await tx.messageEvent.create({ data: { messageId: letter.messageId, at: options.now, channel: "LETTER", status: "failed", detail: f.reason } });
    }
    return true;
  });
  if (!recorded) return { id: batch.id, lostLease: true };
  return { id: batch.id, letters: printed.length, failed: failed.length, pages: merged.getPageCount(), pdfFile, manifestFile };
}

async function writeWhole(file: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${file}.partial`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
