import type { DbClient } from "../db/client";
import type { JobStatus } from "../db/generated/enums";

export const JOB_STATUSES: readonly JobStatus[] = ["QUEUED", "RUNNING", "FAILED", "DONE"];

/** Jobs by status for the admin page, newest first, with counts per status. */
export async function listJobs(client: DbClient, status: JobStatus, take = 100) {
  const [jobs, counts] = await Promise.all([
    client.job.findMany({ where: { status }, orderBy: { id: "desc" }, take }),
    client.job.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { jobs, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<JobStatus, number>> };
}

/** Runs a failed job again now, with one more attempt. A guarded update: only a FAILED job is retried. */
export async function retryJob(client: DbClient, id: bigint, now: Date = new Date()): Promise<boolean> {
  const rows = await client.$executeRaw`
    UPDATE "Job" SET status = 'QUEUED', "runAt" = ${now}, "maxAttempts" = attempts + 1, "finishedAt" = NULL
    WHERE id = ${id} AND status = 'FAILED'`;
  return rows === 1;
}
