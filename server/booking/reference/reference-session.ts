import { z } from "zod";
import { signatureMatches, signValue } from "../../platform/security/signature";

/**
 * The short-lived session a booking reference opens: one referral of one
 * patient, for 30 minutes, in a signed httpOnly cookie. Nothing is stored on
 * the server, so any app instance can read it.
 */
export const REFERENCE_SESSION_COOKIE = "frontdoor-reference-session";
export const REFERENCE_SESSION_MINUTES = 30;
const PURPOSE = "reference-session";

export type ReferenceSession = { referralId: string; patientId: string; expiresAt: Date };

const payloadSchema = z.object({ r: z.uuid(), p: z.uuid(), e: z.number().int() });

export function createReferenceSessionValue(session: { referralId: string; patientId: string }, now: Date, secret: string): { value: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + REFERENCE_SESSION_MINUTES * 60_000);
  const payload = Buffer.from(JSON.stringify({ r: session.referralId, p: session.patientId, e: Math.floor(expiresAt.getTime() / 1000) })).toString("base64url");
  return { value: `${payload}.${signValue(secret, PURPOSE, payload)}`, expiresAt };
}

export function readReferenceSessionValue(value: string | undefined, now: Date, secret: string): ReferenceSession | null {
  if (!value) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length > 0 || !signatureMatches(secret, PURPOSE, payload, signature)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return null;
  const expiresAt = new Date(parsed.data.e * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { referralId: parsed.data.r, patientId: parsed.data.p, expiresAt };
}
