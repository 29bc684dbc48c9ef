import { hostname } from "node:os";
import type { DbClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { describeJobFailure, type JobFailure } from "./job-error";

/**
 * A PostgreSQL-backed job queue. Jobs are rows, so they are enqueued in the same
 * transaction as the change that needs them (nothing is lost if the process dies)
 * and any number of workers can claim them safely with FOR UPDATE SKIP LOCKED.
 */
export type JobInput = {
  queue: string;
  payload: Prisma.InputJsonValue;
  runAt?: Date;
  /** At most one job with this key ever exists: enqueueing it again does nothing. */
  uniqueKey?: string;
  maxAttempts?: number;
};

export async function enqueueJob(client: DbClient, job: JobInput): Promise<void> {
  if (job.uniqueKey) {
    await client.job.upsert({
      where: { uniqueKey: job.uniqueKey },
      create: { ...job, runAt: job.runAt ?? new Date() },
      update: {},
    });
    return;
  }
  await client.job.create({ data: { ...job, runAt: job.runAt ?? new Date() } });
}

export type ClaimedJob = { id: bigint; queue: string; payload: Prisma.JsonValue; attempts: number; maxAttempts: number };

const workerId = `${hostname()}:${process.pid}`;
/** A job whose worker vanished is taken back after this long. */
const STALE_LOCK_SECONDS = 300;

/** Claims up to `limit` due jobs of the given queues. */
export async function claimJobs(client: DbClient, queues: string[], limit: number, now = new Date(), staleLockSeconds = STALE_LOCK_SECONDS): Promise<ClaimedJob[]> {
  return client.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${workerId}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE queue = ANY(${queues}::text[])
        AND "runAt" <= ${now}
        AND (status = 'QUEUED' OR (status = 'RUNNING' AND "lockedAt" < ${now}::timestamptz - make_interval(secs => ${staleLockSeconds})))
      ORDER BY "runAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, queue, payload, attempts, "maxAttempts"`;
}

export async function completeJob(client: DbClient, id: bigint): Promise<void> {
  await client.job.update({ where: { id }, data: { status: "DONE", finishedAt: new Date(), lockedAt: null, lockedBy: null } });
}

/**
 * Retries with exponential backoff (30 s, 2 min, 8 min, …) until maxAttempts, then
 * FAILED. Stores and logs the error's code and a reference, never its message.
 */
export async function failJob(client: DbClient, job: ClaimedJob, error: unknown, now = new Date()): Promise<JobFailure> {
  const failure = describeJobFailure(error);
  const finalAttempt = job.attempts >= job.maxAttempts;
  const backoffMs = 30_000 * 4 ** (job.attempts - 1);
  await client.job.update({
    where: { id: job.id },
    data: {
      status: finalAttempt ? "FAILED" : "QUEUED",
      runAt: finalAttempt ? undefined : new Date(now.getTime() + backoffMs),
      lastError: failure.summary,
      lockedAt: null,
      lockedBy: null,
      finishedAt: finalAttempt ? now : null,
    },
  });
  console.error(`job ${job.id} (${job.queue}) failed, attempt ${job.attempts} of ${job.maxAttempts}: ${failure.summary}`);
  return failure;
}
