import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createReferenceSessionValue, readReferenceSessionValue, REFERENCE_SESSION_COOKIE, type ReferenceSession } from "../booking/reference/reference-session";
import { env } from "../platform/config/env";

/**
 * The first line of every booking-by-reference page and action: the signed
 * session cookie's referral and patient, or back to the reference form (saying
 * the session ended, when there was one). Loads are then scoped by both.
 */
export async function requireReferenceSession(): Promise<ReferenceSession> {
  const jar = await cookies();
  const value = jar.get(REFERENCE_SESSION_COOKIE)?.value;
  const session = readReferenceSessionValue(value, new Date(), env().authSecret);
  if (!session) redirect(value ? "/book-by-reference?ended=1" : "/book-by-reference");
  return session;
}

/** For route handlers that answer 404 rather than redirecting. */
export async function currentReferenceSession(): Promise<ReferenceSession | null> {
  return readReferenceSessionValue((await cookies()).get(REFERENCE_SESSION_COOKIE)?.value, new Date(), env().authSecret);
}

/** Opens a reference session (from a server action). */
export async function startReferenceSession(session: { referralId: string; patientId: string }): Promise<void> {
  const config = env();
  const { value, expiresAt } = createReferenceSessionValue(session, new Date(), config.authSecret);
  (await cookies()).set(REFERENCE_SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.baseUrl.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
}

export async function endReferenceSession(): Promise<void> {
  (await cookies()).delete(REFERENCE_SESSION_COOKIE);
}

export { clientAddress } from "./request-origin";
