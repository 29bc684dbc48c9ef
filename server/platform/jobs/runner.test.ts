import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../testing/test-database";
import { enqueueJob } from "./queue";
import { runDueJobs } from "./runner";

const db = setupTestDatabase();

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
        if (p.fail) throw new Error("boom");
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
    expect(jobs[2]?.lastError).toBe("boom");
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
});
