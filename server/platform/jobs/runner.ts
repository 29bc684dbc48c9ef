import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { claimJobs, completeJob, failJob } from "./queue";

export type JobHandler = (payload: Prisma.JsonValue, context: { db: Db; now: Date }) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** Runs every due job once (tests call this directly; the background worker calls it on a timer). */
export async function runDueJobs(client: Db, handlers: JobHandlers, options: { now?: Date; batch?: number; staleLockSeconds?: number } = {}): Promise<{ done: number; failed: number }> {
  const now = options.now ?? new Date();
  const queues = Object.keys(handlers);
  let done = 0;
  let failed = 0;
  for (;;) {
    const jobs = await claimJobs(client, queues, options.batch ?? 20, now, options.staleLockSeconds);
    if (jobs.length === 0) return { done, failed };
    for (const job of jobs) {
      const handler = handlers[job.queue];
      try {
        if (!handler) throw new Error(`No handler for queue ${job.queue}`);
        await handler(job.payload, { db: client, now });
        await completeJob(client, job.id);
        done += 1;
      } catch (error) {
        await failJob(client, job, error, now);
        failed += 1;
      }
    }
  }
}
