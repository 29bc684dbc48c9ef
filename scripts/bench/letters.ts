import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDbClient } from "../../server/platform/db/client";
import { SETTINGS } from "../../server/platform/settings/settings";
import { runPrintBatches } from "../../server/messages/letters/print-batch-job";
import { SAMPLE_CONTEXT, sampleLetterPdf } from "../../server/messages/letters/sample-letter";
import { templateFor } from "../../server/messages/templates";
import { startTestDatabase } from "../lib/local-services";

const BATCH_LETTERS = Number(process.env.BENCH_BATCH_LETTERS ?? 10_000);

/**
 * Letters: how many a single process lays out per second (target: 300 a second
 * on 2 cores, i.e. 150 a process with one per core), and how long a 10,000-letter
 * print batch takes to claim, render, merge and write.
 */
export async function run(): Promise<void> {
  for (let i = 0; i < 20; i++) await sampleLetterPdf("appointment-confirmation", "STANDARD");
  const n = 200;
  let started = performance.now();
  for (let i = 0; i < n; i++) await sampleLetterPdf(i % 2 ? "appointment-confirmation" : "referral-accepted", i % 10 === 0 ? "LARGE_PRINT" : "STANDARD");
  const perSecond = n / ((performance.now() - started) / 1000);
  console.log(`letters rendered: ${perSecond.toFixed(0)} a second in one process (${(1000 / perSecond).toFixed(1)} ms each)`);

  const database = await startTestDatabase(undefined);
  const client = createDbClient(database.url);
  const outboxDir = await mkdtemp(path.join(tmpdir(), "bench-print-"));
  try {
    const content = templateFor("appointment-confirmation")!.sample(SAMPLE_CONTEXT);
    const rows = Array.from({ length: BATCH_LETTERS }, (_, i) => i);
    await client.$executeRaw`
      INSERT INTO "Patient" (id, "nhsNumber", "givenName", "familyName", "dateOfBirth", "addressLine1", town, postcode, "preferredContact", "updatedAt")
      SELECT gen_random_uuid(), lpad(g::text, 10, '0'), 'Bench', 'Patient ' || g, '1980-01-01', g || ' Long Road', 'Northfield', 'NF1 2BB', 'POST', now()
      FROM unnest(${rows}::int[]) AS g`;
    await client.$executeRaw`
      INSERT INTO "Message" (id, "patientId", channel, template, "toAddress", subject, payload, status, content, "sentAt")
      SELECT gen_random_uuid(), p.id, 'LETTER', 'appointment-confirmation', p."addressLine1", 'Your appointment is booked', '{}'::jsonb, 'SENT', ${JSON.stringify(content)}::jsonb, now()
      FROM "Patient" p`;
    await client.$executeRaw`
      INSERT INTO "Letter" (id, "patientId", "messageId", template, status, "printAfter", "updatedAt")
      SELECT gen_random_uuid(), m."patientId", m.id, m.template, 'PENDING', now() - interval '1 minute', now() FROM "Message" m`;
    started = performance.now();
    const built = await runPrintBatches(client, { now: new Date(), outboxDir, baseUrl: SAMPLE_CONTEXT.baseUrl, sender: { name: SAMPLE_CONTEXT.trustName, ...SETTINGS.letterSender.default } });
    const seconds = (performance.now() - started) / 1000;
    const batch = built[0];
    const size = batch && "pdfFile" in batch ? (await stat(path.join(outboxDir, batch.pdfFile))).size : 0;
    console.log(`${BATCH_LETTERS}-letter print batch: ${seconds.toFixed(1)} s (${(BATCH_LETTERS / seconds).toFixed(0)} letters a second), merged PDF ${(size / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await client.$disconnect();
    await database.stop();
    await rm(outboxDir, { recursive: true, force: true });
  }
}
