import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../platform/audit/record-audit";
import type { DbClient } from "../../platform/db/client";

/**
 * Bearer keys for systems that call the FHIR API. A key is shown once, when it is
 * made; only its SHA-256 is stored, so a copy of the database gives nobody a key.
 */
const KEY_PREFIX = "fdk_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export async function createApiClient(client: DbClient, name: string): Promise<{ id: string; name: string; key: string }> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 200) throw new RangeError("An API client needs a name of 1 to 200 characters");
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await client.apiClient.create({ data: { name: trimmed, keyHash: hashApiKey(key) }, select: { id: true, name: true } });
  return { ...created, key };
}

export type ApiCaller = { id: string; name: string; actor: Actor };

/** The active API client whose key is in an `Authorization: Bearer …` header, or null. */
export async function authenticateApiClient(client: DbClient, authorization: string | null, now = new Date()): Promise<ApiCaller | null> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!key || !key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const found = await client.apiClient.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, name: true, active: true, lastUsedAt: true } });
  if (!found || !found.active) return null;
  // Last use to the minute is enough, and saves a write on every request.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await client.apiClient.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return { id: found.id, name: found.name, actor: { userId: null, label: `API client: ${found.name}` } };
}
