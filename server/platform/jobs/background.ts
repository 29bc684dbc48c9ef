import { env } from "../config/env";
import { db } from "../db/client";
import { jobHandlers } from "./handlers";
import { describeJobFailure } from "./job-error";
import { ensureRecurringJobs } from "./recurring";
import { runDueJobs } from "./runner";

const globalForWorker = globalThis as unknown as { frontDoorWorker?: NodeJS.Timeout };

/**
 * Polls the job table from inside each app instance. Several instances are safe:
 * jobs are claimed with SKIP LOCKED. Turn off with JOBS_WORKER=off to run
 * workers separately (`npm run worker`).
 */
export function startBackgroundWorker(): void {
  if (!env().jobsWorker || globalForWorker.frontDoorWorker) return;
  ensureRecurringJobs(db()).catch((error: unknown) => console.error(`recurring jobs: ${describeJobFailure(error).summary}`));
  let running = false;
  globalForWorker.frontDoorWorker = setInterval(() => {
    if (running) return;
    running = true;
    runDueJobs(db(), jobHandlers())
      .catch((error: unknown) => console.error(`job worker: ${describeJobFailure(error).summary}`))
      .finally(() => {
        running = false;
      });
  }, env().jobsPollMs);
  globalForWorker.frontDoorWorker.unref();
}
