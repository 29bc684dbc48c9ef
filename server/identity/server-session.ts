import { randomBytes } from "node:crypto";
import type { DbClient } from "../platform/db/client";
import type { UserRole } from "../platform/db/generated/enums";

/**
 * Server-side sessions. The session cookie (next-auth's JWT) names a Session row;
 * every request checks that row and its user in the database, so a session ends
 * for real when the row goes: on sign-out (a copied cookie stops working), after
 * the idle limit, or when the user is deactivated or their role changes.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Patients: signed out after 10 minutes without a request, warned at 8 (the NHS App standard). */
export const PATIENT_IDLE_MINUTES = 10;
/** How long before the idle sign-out the warning appears. */
export const IDLE_WARNING_MINUTES = 2;
/** lastSeenAt is written at most this often, so a busy session is not a write per request. */
const TOUCH_EVERY_MS = 10_000;

export type SessionClaims = { sid?: string; sub?: string; role?: UserRole; patientId?: string };
export type LiveSession = {
  user: { id: string; name: string; email: string; role: UserRole; patientId?: string };
  /** When the session ends if nothing else happens. */
  idleExpiresAt: Date;
  /** Time left until then, from the `now` of the check. */
  remainingMs: number;
  idleMinutes: number;
};

export function idleMinutesFor(role: UserRole, staffIdleMinutes: number): number {
  return role === "PATIENT" ? PATIENT_IDLE_MINUTES : staffIdleMinutes;
}

/** Starts a session for a user who has just signed in; the token goes into the cookie. */
export async function openSession(client: DbClient, userId: string, now = new Date()): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await client.session.create({
    data: { sessionToken, userId, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000), lastSeenAt: now, createdAt: now },
  });
  return sessionToken;
}

export async function endSession(client: DbClient, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await client.session.deleteMany({ where: { sessionToken } });
}

/** Ends every session of a user (e.g. when an administrator deactivates them). */
export async function endUserSessions(client: DbClient, userId: string): Promise<number> {
  return (await client.session.deleteMany({ where: { userId } })).count;
}

/**
 * The session the cookie's claims name, if it is still good: the row exists and
 * has not expired or gone idle, and its user is active with the same role (and
 * patient) as when they signed in. Otherwise the row is deleted and null comes
 * back, which the guards treat as signed out. A good session's activity is
 * recorded (`touch`: false for requests that must not count as activity).
 */
export async function checkSession(
  client: DbClient,
  claims: SessionClaims | null | undefined,
  options: { staffIdleMinutes: number; now?: Date; touch?: boolean },
): Promise<LiveSession | null> {
  if (!claims?.sid || !claims.sub || !claims.role) return null;
  const now = options.now ?? new Date();
  const row = await client.session.findUnique({
    where: { sessionToken: claims.sid },
    select: { userId: true, expires: true, lastSeenAt: true, user: { select: { name: true, email: true, role: true, active: true, patientId: true } } },
  });
  if (!row) return null;
  const idleMinutes = idleMinutesFor(row.user.role, options.staffIdleMinutes);
  const idleSince = now.getTime() - row.lastSeenAt.getTime();
  const stillGood =
    row.userId === claims.sub &&
    row.expires > now &&
    idleSince < idleMinutes * 60_000 &&
    row.user.active &&
    row.user.role === claims.role &&
    (row.user.patientId ?? undefined) === claims.patientId;
  if (!stillGood) {
    await endSession(client, claims.sid);
    return null;
  }
  let lastSeenAt = row.lastSeenAt;
  if (options.touch !== false && idleSince >= TOUCH_EVERY_MS) {
    await client.session.updateMany({ where: { sessionToken: claims.sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
    lastSeenAt = now;
  }
  const idleExpiresAt = new Date(Math.min(lastSeenAt.getTime() + idleMinutes * 60_000, row.expires.getTime()));
  return {
    user: { id: row.userId, name: row.user.name ?? "", email: row.user.email ?? "", role: row.user.role, patientId: row.user.patientId ?? undefined },
    idleExpiresAt,
    remainingMs: idleExpiresAt.getTime() - now.getTime(),
    idleMinutes,
  };
}
