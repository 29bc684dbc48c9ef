import type { DbClient } from "../db/client";
import { scheduleNextSlotGeneration } from "../../scheduling/generate-slots-job";
import { scheduleNextPrintBatch } from "../../messages/letters/print-batch-job";
import { scheduleNextPifuEndOfPeriod } from "../../pifu";

/**
 * Jobs that re-queue themselves (nightly slot generation, …). A worker calls this
 * when it starts so the chain begins on a fresh database and restarts after an
 * outage; each job's uniqueKey makes repeated calls harmless.
 */
export async function ensureRecurringJobs(client: DbClient, now: Date = new Date()): Promise<void> {
  await scheduleNextSlotGeneration(client, now);
  await scheduleNextPrintBatch(client, now);
  await scheduleNextPifuEndOfPeriod(client, now);
}
