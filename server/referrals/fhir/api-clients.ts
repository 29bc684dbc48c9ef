import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../../platform/audit/record-audit";
import type { DbClient } from "../../platform/db/client";
import type { ApiScope } from "../../platform/db/generated/enums";
import { text } from "../../platform/forms/text";

/**
 * Bearer keys for systems that call the FHIR API. A key is shown once, when it is
 * made; only its SHA-256 is stored, so a copy of the database gives nobody a key.
 * Each key has scopes (READ: search and read; WRITE: send referrals) and the
 * services it may act for; nothing is allowed by default.
 */
const KEY_PREFIX = "fdk_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export const apiClientSchema = z.object({
  name: text().trim().min(1, "Give the calling system a name").max(200, "The name must be 200 characters or fewer"),
  scopes: z.array(z.enum(["READ", "WRITE"])).min(1, "Give the key at least one scope: read or write").transform((s) => [...new Set(s)].sort()),
  serviceCodes: z
    .array(text().trim().toUpperCase().min(1))
    .min(1, "Name at least one service the key may act for")
    .transform((codes) => [...new Set(codes)]),
});
export type ApiClientInput = z.input<typeof apiClientSchema>;

export class UnknownServiceCodesError extends Error {
  constructor(readonly codes: string[]) {
    super(`No service has the code${codes.length > 1 ? "s" : ""} ${codes.join(", ")}`);
    this.name = "UnknownServiceCodesError";
  }
}

export async function createApiClient(client: DbClient, input: ApiClientInput): Promise<{ id: string; name: string; key: string; scopes: ApiScope[]; serviceCodes: string[] }> {
  const data = apiClientSchema.parse(input);
  const services = await client.service.findMany({ where: { code: { in: data.serviceCodes } }, select: { id: true, code: true } });
  const unknown = data.serviceCodes.filter((code) => !services.some((s) => s.code === code));
  if (unknown.length > 0) throw new UnknownServiceCodesError(unknown);
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await client.apiClient.create({
    data: { name: data.name, keyHash: hashApiKey(key), scopes: data.scopes, services: { create: services.map((s) => ({ serviceId: s.id })) } },
    select: { id: true, name: true },
  });
  return { ...created, key, scopes: data.scopes, serviceCodes: services.map((s) => s.code) };
}

export type ApiCaller = { id: string; name: string; actor: Actor; scopes: ApiScope[]; serviceIds: string[] };

export function hasScope(caller: ApiCaller, scope: ApiScope): boolean {
  return caller.scopes.includes(scope);
}

/** The active API client whose key is in an `Authorization: Bearer …` header, or null. */
export async function authenticateApiClient(client: DbClient, authorization: string | null, now = new Date()): Promise<ApiCaller | null> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!key || !key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const found = await client.apiClient.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, name: true, active: true, lastUsedAt: true, scopes: true, services: { select: { serviceId: true } } },
  });
  if (!found || !found.active) return null;
  // Last use to the minute is enough, and saves a write on every request.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await client.apiClient.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return {
    id: found.id,
    name: found.name,
    actor: { userId: null, label: `API client: ${found.name}` },
    scopes: found.scopes,
    serviceIds: found.services.map((s) => s.serviceId),
  };
}
