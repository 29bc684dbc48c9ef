import type { DbClient } from "../platform/db/client";
import { enqueueJob } from "../platform/jobs/queue";
import type { JobHandler } from "../platform/jobs/runner";
import { generateSlots } from "./generate-slots";
import { addDaysIso, londonDateOf, londonWallClockToUtc } from "./london-wall-clock";

export const GENERATE_SLOTS_QUEUE = "generate-slots";

/** 02:00 London: after the day's clinics, before anyone books the next morning (and it exists on both clock-change days). */
const NIGHTLY_MINUTE = 2 * 60;

/**
 * The nightly run: rolls the horizon forward a day (and catches up with anything a
 * template change missed), then queues tomorrow's run. One job per London day
 * (uniqueKey), so however many workers or restarts, each night runs once.
 */
export const generateSlotsJob: JobHandler = async (payload, { db, now }) => {
  const clinicIds = clinicIdsOf(payload);
  const summary = await generateSlots(db, { now, clinicIds });
  console.log(
    `generate-slots: ${summary.clinics} clinics to ${summary.until}: ${summary.created} created, ${summary.removed} removed, ${summary.needsRebooking} to rebook`,
  );
  // Only the nightly run (all clinics) keeps the chain going.
  if (!clinicIds) await scheduleNextSlotGeneration(db, now);
};

/** A job may name clinics to regenerate (e.g. queued after a bulk change); by default all. */
function clinicIdsOf(payload: unknown): string[] | undefined {
  if (typeof payload !== "object" || payload === null || !("clinicIds" in payload)) return undefined;
  const ids = (payload as { clinicIds: unknown }).clinicIds;
  return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? ids : undefined;
}

/** Queues the next nightly run after `after` (doing nothing if it is already queued). */
export async function scheduleNextSlotGeneration(client: DbClient, after: Date = new Date()): Promise<{ runAt: Date; uniqueKey: string }> {
  let day = londonDateOf(after);
  let runAt = londonWallClockToUtc(day, NIGHTLY_MINUTE)!;
  if (runAt <= after) {
    day = addDaysIso(day, 1);
    runAt = londonWallClockToUtc(day, NIGHTLY_MINUTE)!;
  }
  const uniqueKey = `${GENERATE_SLOTS_QUEUE}:${day}`;
  await enqueueJob(client, { queue: GENERATE_SLOTS_QUEUE, payload: { day }, runAt, uniqueKey, maxAttempts: 3 });
  return { runAt, uniqueKey };
}
