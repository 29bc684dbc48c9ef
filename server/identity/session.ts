import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "../platform/config/env";
import { db } from "../platform/db/client";
import type { UserRole } from "../platform/db/generated/enums";
import { checkSession, type LiveSession, type SessionClaims } from "./server-session";

export type SessionUser = { id: string; name: string; email: string; role: UserRole; patientId?: string };

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in session, checked against the database on every request (see
 * server-session.ts), or null. Once per request, however many callers ask.
 */
export const currentSession = cache(async (): Promise<LiveSession | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  return checkSession(db(), claims, { staffIdleMinutes: env().staffIdleMinutes });
});

/** The signed-in user, or null. Guards build on this; pages use the guards. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/** The claims in next-auth's session cookie (which may be split into chunks), if it decodes. */
async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const whole = jar.get(name)?.value;
    const chunks = jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((c) => c.value);
    const value = whole ?? (chunks.length > 0 ? chunks.join("") : undefined);
    if (!value) continue;
    try {
      return (await decode({ token: value, secret: env().authSecret })) as SessionClaims | null;
    } catch {
      return null;
    }
  }
  return null;
}
