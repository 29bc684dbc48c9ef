/**
 * `npm run worker`: works the PostgreSQL job queue in its own process, for
 * deployments that run app instances with JOBS_WORKER=off. Any number of workers
 * may run: jobs are claimed with FOR UPDATE SKIP LOCKED.
 */
import { env } from "../server/platform/config/env";
import { db } from "../server/platform/db/client";
import { jobHandlers } from "../server/platform/jobs/handlers";
import { describeJobFailure } from "../server/platform/jobs/job-error";
import { ensureRecurringJobs } from "../server/platform/jobs/recurring";
import { runDueJobs } from "../server/platform/jobs/runner";

const config = env();
let stopping = false;
process.on("SIGINT", () => (stopping = true));
process.on("SIGTERM", () => (stopping = true));

console.log(`Job worker started (polling every ${config.jobsPollMs} ms).`);
await ensureRecurringJobs(db());
while (!stopping) {
  try {
    const { done, failed } = await runDueJobs(db(), jobHandlers());
    if (done + failed > 0) console.log(`jobs: ${done} done, ${failed} failed`);
  } catch (error) {
    console.error(`job worker: ${describeJobFailure(error).summary}`);
  }
  await new Promise((resolve) => setTimeout(resolve, config.jobsPollMs));
}
await db().$disconnect();
console.log("Job worker stopped.");
