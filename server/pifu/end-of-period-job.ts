import type { DbClient } from "../platform/db/client";
import { enqueueJob } from "../platform/jobs/queue";
import type { JobHandler } from "../platform/jobs/runner";
import { addDaysIso, londonDateOf, londonWallClockToUtc } from "../scheduling/london-wall-clock";
import { runPifuEndOfPeriod } from "./end-of-period";

export const PIFU_END_QUEUE = "pifu-end-of-period";

/** 03:00 London, after slot generation: a time that exists on both clock-change days. */
const NIGHTLY_MINUTE = 3 * 60;

/** The nightly pass, then tomorrow's run queued (one job per London day, whatever the workers or restarts). */
export const pifuEndOfPeriodJob: JobHandler = async (_payload, { db, now }) => {
  const summary = await runPifuEndOfPeriod(db, now);
  console.log(
    `pifu-end-of-period: ${summary.warned} warned, ${summary.discharged} discharged, ${summary.reviews} reviews, ${summary.noContactReviews} no-contact reviews, ${summary.keptOpen} kept open by a request`,
  );
  await scheduleNextPifuEndOfPeriod(db, now);
};

export async function scheduleNextPifuEndOfPeriod(client: DbClient, after: Date = new Date()): Promise<{ runAt: Date; uniqueKey: string }> {
  let day = londonDateOf(after);
  let runAt = londonWallClockToUtc(day, NIGHTLY_MINUTE)!;
  if (runAt <= after) {
    day = addDaysIso(day, 1);
    runAt = londonWallClockToUtc(day, NIGHTLY_MINUTE)!;
  }
  const uniqueKey = `${PIFU_END_QUEUE}:${day}`;
  await enqueueJob(client, { queue: PIFU_END_QUEUE, payload: { day }, runAt, uniqueKey, maxAttempts: 3 });
  return { runAt, uniqueKey };
}
