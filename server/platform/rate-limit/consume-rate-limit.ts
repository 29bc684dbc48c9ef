import { createHash, randomInt } from "node:crypto";
import type { DbClient } from "../db/client";

/**
 * Fixed-window rate limits counted in PostgreSQL, so every app instance and
 * every restart shares one count. One atomic upsert per attempt: the count for
 * the current window goes up by one (or starts again at one in a new window)
 * and the new count comes back, so two instances can never both see "4 of 5".
 */
export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitResult = { allowed: boolean; count: number; resetAt: Date };

export async function consumeRateLimit(client: DbClient, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const rows = await client.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${bucketKey(key)}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" >= EXCLUDED."windowStart" THEN "RateLimitBucket"."count" + 1 ELSE 1 END,
      "windowStart" = GREATEST("RateLimitBucket"."windowStart", EXCLUDED."windowStart")
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  // Now and then, clear out windows long gone so the table stays small.
  if (randomInt(0, 100) === 0) await pruneRateLimitBuckets(client, new Date(now.getTime() - 86_400_000));
  return { allowed: row.count <= rule.limit, count: row.count, resetAt: new Date(row.windowStart.getTime() + rule.windowMs) };
}

export async function pruneRateLimitBuckets(client: DbClient, before: Date): Promise<number> {
  return client.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } }).then((r) => r.count);
}

/**
 * Keys hold what is being limited (a booking reference, a client address): the
 * table stores only a hash of them, which is personal data no longer.
 */
export function bucketKey(key: string): string {
  const [scope = "limit"] = key.split(":", 1);
  return `${scope}:${createHash("sha256").update(key).digest("base64url")}`;
}
