import { env } from "../config/env";
import { db } from "../db/client";
import { jobHandlers } from "./handlers";
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
  ensureRecurringJobs(db()).catch((error: unknown) => console.error("recurring jobs:", error instanceof Error ? error.message : "unknown error"));
  let running = false;
  globalForWorker.frontDoorWorker = setInterval(() => {
    if (running) return;
    running = true;
    runDueJobs(db(), jobHandlers())
      .catch((error: unknown) => console.error("job worker:", error instanceof Error ? error.message : "unknown error"))
      .finally(() => {
        running = false;
      });
  }, env().jobsPollMs);
  globalForWorker.frontDoorWorker.unref();
}
