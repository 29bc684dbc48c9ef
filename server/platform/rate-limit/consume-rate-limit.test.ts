import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setupTestDatabaseHandle } from "../testing/test-database";
import { bucketKey, consumeRateLimit } from "./consume-rate-limit";

const database = setupTestDatabaseHandle();
const rule = { limit: 5, windowMs: 15 * 60_000 };
const start = new Date("2026-03-03T09:00:00Z");

describe("consumeRateLimit", () => {
  it("allows the limit within a window, refuses the next, and starts again in the next window", async () => {
    const key = `test:${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeRateLimit(database.db, key, rule, new Date(start.getTime() + i * 60_000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results[5]).toMatchObject({ count: 6, resetAt: new Date("2026-03-03T09:15:00Z") });

    const next = await consumeRateLimit(database.db, key, rule, new Date("2026-03-03T09:15:00Z"));
    expect(next).toMatchObject({ allowed: true, count: 1 });
  });

  it("counts once across two app instances (two clients, each its own pool), even all at once", async () => {
    const key = `test:${randomUUID()}`;
    const [first, second] = [database.client({ maxConnections: 5 }), database.client({ maxConnections: 5 })];
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => consumeRateLimit(i % 2 === 0 ? first : second, key, rule, start)),
    );
    expect(attempts.filter((r) => r.allowed)).toHaveLength(5);
    expect(attempts.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // A third "instance" started later still sees the shared count.
    const later = await consumeRateLimit(database.client({ maxConnections: 1 }), key, rule, start);
    expect(later).toMatchObject({ allowed: false, count: 13 });
  });

  it("keeps separate counts for separate keys and stores no raw key", async () => {
    const reference = `reference:${randomUUID()}`;
    await consumeRateLimit(database.db, reference, rule, start);
    const other = await consumeRateLimit(database.db, `reference:${randomUUID()}`, rule, start);
    expect(other.count).toBe(1);
    const row = await database.db.rateLimitBucket.findUniqueOrThrow({ where: { key: bucketKey(reference) } });
    expect(row.key).not.toContain(reference.split(":")[1]);
    expect(row.key.startsWith("reference:")).toBe(true);
  });
});
