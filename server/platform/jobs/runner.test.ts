import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { setupTestDatabaseHandle } from "../testing/test-database";
import { claimJobs, enqueueJob } from "./queue";
import { runDueJobs } from "./runner";

const database = setupTestDatabaseHandle();
const db = database.db;
const run = promisify(execFile);

describe("the PostgreSQL job queue", () => {
  it("runs due jobs once, leaves future ones, and retries failures with backoff", async () => {
    const queue = `test-${crypto.randomUUID()}`;
    const now = new Date();
    await enqueueJob(db, { queue, payload: { n: 1 }, runAt: now });
    await enqueueJob(db, { queue, payload: { n: 2 }, runAt: new Date(now.getTime() + 60_000) });
    await enqueueJob(db, { queue, payload: { n: 3, fail: true }, maxAttempts: 2, runAt: now });

    const seen: number[] = [];
    const handlers = {
      [queue]: async (payload: unknown) => {
        const p = payload as { n: number; fail?: boolean };
        seen.push(p.n);
        if (p.fail) throw new Error("boom for jo.bloggs@example.com");
      },
    };
    expect(await runDueJobs(db, handlers, { now })).toEqual({ done: 1, failed: 1 });
    expect(seen.sort()).toEqual([1, 3]);
    // Nothing is due again straight away: the failure backs off.
    expect(await runDueJobs(db, handlers, { now })).toEqual({ done: 0, failed: 0 });

    const later = new Date(now.getTime() + 10 * 60_000);
    expect(await runDueJobs(db, handlers, { now: later })).toEqual({ done: 1, failed: 1 });
    const jobs = await db.job.findMany({ where: { queue }, orderBy: { id: "asc" } });
    expect(jobs.map((j) => j.status)).toEqual(["DONE", "DONE", "FAILED"]);
    // The code and a reference are kept; the message (which could name a patient) is not.
    expect(jobs[2]?.lastError).toMatch(/^Error \(ref [0-9a-f-]{36}\)$/);
    expect(jobs[2]?.attempts).toBe(2);
  });

  it("enqueues a job with a unique key once", async () => {
    const key = `unique-${crypto.randomUUID()}`;
    await enqueueJob(db, { queue: "q", payload: {}, uniqueKey: key });
    await enqueueJob(db, { queue: "q", payload: {}, uniqueKey: key });
    expect(await db.job.count({ where: { uniqueKey: key } })).toBe(1);
  });

  it("lets two workers share the queue without running a job twice", async () => {
    const queue = `shared-${crypto.randomUUID()}`;
    for (let n = 0; n < 40; n++) await enqueueJob(db, { queue, payload: { n } });
    const runs: number[] = [];
    const handlers = {
      [queue]: async (payload: unknown) => {
        runs.push((payload as { n: number }).n);
        await new Promise((r) => setTimeout(r, 2));
      },
    };
    const [a, b] = await Promise.all([runDueJobs(db, handlers, { batch: 5 }), runDueJobs(db, handlers, { batch: 5 })]);
    expect(a.done + b.done).toBe(40);
    expect(new Set(runs).size).toBe(40);
    expect(runs).toHaveLength(40);
  });

  it("stores and logs a failure as its code and a reference, never its message", async () => {
    const queue = `errors-${crypto.randomUUID()}`;
    await enqueueJob(db, { queue, payload: {}, maxAttempts: 1 });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failure = Object.assign(new Error("duplicate key value (email)=(jo.bloggs@example.com)"), { code: "P2002" });
    try {
      await runDueJobs(db, { [queue]: async () => Promise.reject(failure) });
      const job = await db.job.findFirstOrThrow({ where: { queue } });
      expect(job.status).toBe("FAILED");
      expect(job.lastError).toMatch(/^Error:P2002 \(ref [0-9a-f-]{36}\)$/);
      const lines = logged.mock.calls.map((call) => call.join(" ")).join("\n");
      expect(lines).toContain(job.lastError!);
      expect(lines).not.toContain("bloggs");
    } finally {
      logged.mockRestore();
    }
  });

  it("takes back a job whose worker died only once its lock is stale, and runs it once", async () => {
    const queue = `stale-${crypto.randomUUID()}`;
    const start = new Date();
    await enqueueJob(db, { queue, payload: { n: 1 }, runAt: start });
    // A worker claims the job and dies before finishing it.
    expect(await claimJobs(db, [queue], 10, start)).toHaveLength(1);
    const runs: number[] = [];
    const handlers = { [queue]: async (payload: unknown) => void runs.push((payload as { n: number }).n) };

    expect(await runDueJobs(db, handlers, { now: new Date(start.getTime() + 60_000), staleLockSeconds: 300 })).toEqual({ done: 0, failed: 0 });
    expect(await runDueJobs(db, handlers, { now: new Date(start.getTime() + 301_000), staleLockSeconds: 300 })).toEqual({ done: 1, failed: 0 });
    expect(await runDueJobs(db, handlers, { now: new Date(start.getTime() + 999_000), staleLockSeconds: 300 })).toEqual({ done: 0, failed: 0 });
    expect(runs).toEqual([1]);
    expect(await db.job.findFirstOrThrow({ where: { queue } })).toMatchObject({ status: "DONE", attempts: 2, lockedBy: null });
  });

  it("runs each of thousands of jobs exactly once across three worker processes", async () => {
    const queue = `processes-${crypto.randomUUID()}`;
    const total = 2_000;
    await db.job.createMany({ data: Array.from({ length: total }, (_, n) => ({ queue, payload: { n }, runAt: new Date(Date.now() - 1_000) })) });

    const worker = () =>
      run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/platform/testing/job-worker-process.ts", database.url, queue], { maxBuffer: 10_000_000 }).then(
        ({ stdout }) => JSON.parse(stdout) as number[],
      );
    const ran = await Promise.all([worker(), worker(), worker()]);

    const all = ran.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: total }, (_, n) => n));
    expect(ran.filter((r) => r.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(await db.job.count({ where: { queue, status: { not: "DONE" } } })).toBe(0);
  }, 240_000);
});
