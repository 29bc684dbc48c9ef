import { env } from "../../platform/config/env";
import type { Db, DbClient } from "../../platform/db/client";
import { enqueueJob } from "../../platform/jobs/queue";
import type { JobHandler } from "../../platform/jobs/runner";
import { getSetting } from "../../platform/settings/settings";
import { addDaysIso, londonDateOf, londonWallClockToUtc } from "../../scheduling/london-wall-clock";
import { buildPrintBatch, type BatchOptions, type BuiltBatch } from "./build-print-batch";
import { claimPrintBatches } from "./claim-print-batches";

export const PRINT_BATCH_QUEUE = "print-batches";
/** 16:30 London: before the print suppliers' 17:30 cut-off for printing the next working day. */
const DAILY_MINUTE = 16 * 60 + 30;
export const BATCH_LEASE_SECONDS = 15 * 60;
export const MAX_LETTERS_PER_BATCH = 10_000;

/** Claims and builds every due batch (and any a dead builder left), one after another. */
export async function runPrintBatches(client: Db, options: BatchOptions & { leaseSeconds?: number; maxLetters?: number }): Promise<BuiltBatch[]> {
  const built: BuiltBatch[] = [];
  for (;;) {
    const claimed = await claimPrintBatches(client, { now: options.now, leaseSeconds: options.leaseSeconds ?? BATCH_LEASE_SECONDS, maxLetters: options.maxLetters ?? MAX_LETTERS_PER_BATCH });
    if (claimed.length === 0) return built;
    for (const batch of claimed) built.push(await buildPrintBatch(client, batch, options));
  }
}

export async function batchOptions(client: DbClient, now: Date): Promise<BatchOptions> {
  const config = env();
  const sender = await getSetting(client, "letterSender");
  return { now, outboxDir: config.printOutboxDir, baseUrl: config.baseUrl, sender: { name: config.trustName, ...sender } };
}

/** The `print-batches` queue: the daily run (which queues tomorrow's) and staff's "build now". */
export const printBatchJob: JobHandler = async (payload, { db, now }) => {
  const built = await runPrintBatches(db, await batchOptions(db, now));
  const letters = built.reduce((n, b) => n + ("letters" in b ? b.letters : 0), 0);
  if (built.length > 0) console.log(`print-batches: ${built.length} batch(es), ${letters} letter(s)`);
  if (typeof payload === "object" && payload !== null && "day" in payload) await scheduleNextPrintBatch(db, now);
};

export async function scheduleNextPrintBatch(client: DbClient, after: Date = new Date()): Promise<void> {
  let day = londonDateOf(after);
  let runAt = londonWallClockToUtc(day, DAILY_MINUTE)!;
  if (runAt <= after) {
    day = addDaysIso(day, 1);
    runAt = londonWallClockToUtc(day, DAILY_MINUTE)!;
  }
  await enqueueJob(client, { queue: PRINT_BATCH_QUEUE, payload: { day }, runAt, uniqueKey: `${PRINT_BATCH_QUEUE}:${day}`, maxAttempts: 3 });
}

/** Staff's "build batches now": at most one waiting request at a time. */
export async function requestPrintBatchNow(client: DbClient, now: Date = new Date()): Promise<void> {
  await enqueueJob(client, { queue: PRINT_BATCH_QUEUE, payload: { requestedAt: now.toISOString() }, runAt: now, uniqueKey: `${PRINT_BATCH_QUEUE}:now:${Math.floor(now.getTime() / 60_000)}` });
}
