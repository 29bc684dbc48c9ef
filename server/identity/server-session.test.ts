import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../platform/db/generated/enums";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { authOptions } from "./options";
import { parseEnv } from "../platform/config/env";
import { checkSession, endUserSessions, openSession, type SessionClaims } from "./server-session";

const database = setupTestDatabaseHandle();
const db = database.db;

beforeAll(() => {
  // next-auth's options use the app's own client: point it at this file's database.
  process.env.DATABASE_URL = database.url;
  process.env.SMTP_URL ??= "smtp://127.0.0.1:1025";
});
const STAFF_IDLE = 30;
const minutes = (n: number) => n * 60_000;

async function signedIn(role: UserRole, at = new Date()) {
  const user = await db.user.create({ data: { email: `s-${randomUUID()}@example.nhs.invalid`, name: "Sam Test", role } });
  const sid = await openSession(db, user.id, at);
  const claims: SessionClaims = { sid, sub: user.id, role };
  return { user, sid, claims };
}

const check = (claims: SessionClaims, now: Date, staffIdleMinutes = STAFF_IDLE) => checkSession(db, claims, { staffIdleMinutes, now });

describe("server-side sessions", () => {
  it("answers for a good session and records its activity", async () => {
    const start = new Date();
    const { user, sid, claims } = await signedIn("BOOKING_CLERK", start);
    const later = new Date(start.getTime() + minutes(5));
    const live = await check(claims, later);
    expect(live?.user).toMatchObject({ id: user.id, role: "BOOKING_CLERK" });
    expect(live?.idleExpiresAt).toEqual(new Date(later.getTime() + minutes(STAFF_IDLE)));
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: sid } })).lastSeenAt).toEqual(later);
  });

  it("signs out a member of staff deactivated since they signed in, on their next request", async () => {
    const { user, sid, claims } = await signedIn("CLINICIAN");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await check(claims, new Date())).toBeNull();
    expect(await db.session.count({ where: { sessionToken: sid } })).toBe(0);
  });

  it("signs out a member of staff whose role has changed", async () => {
    const { user, claims } = await signedIn("ADMIN");
    await db.user.update({ where: { id: user.id }, data: { role: "BOOKING_CLERK" } });
    expect(await check(claims, new Date())).toBeNull();
  });

  it("ends a session that has been signed out, so a copied cookie no longer works", async () => {
    const { sid, claims } = await signedIn("BOOKING_CLERK");
    const options = authOptions(parseEnv({ DATABASE_URL: database.url, SMTP_URL: "smtp://127.0.0.1:1025" }));
    await options.events?.signOut?.({ token: { sid }, session: null as never });
    expect(await check(claims, new Date())).toBeNull();
  });

  it("refuses claims that do not match the row (another user's token, no token, forged role)", async () => {
    const { claims } = await signedIn("BOOKING_CLERK");
    expect(await check({ ...claims, sub: randomUUID() }, new Date())).toBeNull();
    expect(await check({ ...claims, sid: undefined }, new Date())).toBeNull();
    const again = await signedIn("BOOKING_CLERK");
    expect(await check({ ...again.claims, role: "ADMIN" }, new Date())).toBeNull();
  });

  it("signs a patient out after 10 minutes without a request", async () => {
    const start = new Date();
    const a = await signedIn("PATIENT", start);
    const b = await signedIn("PATIENT", start);
    expect(await check(a.claims, new Date(start.getTime() + minutes(9.9)))).not.toBeNull();
    expect(await check(b.claims, new Date(start.getTime() + minutes(10)))).toBeNull();
    // Activity keeps the session going: 9.9 minutes after the last request is still fine.
    expect(await check(a.claims, new Date(start.getTime() + minutes(19.7)))).not.toBeNull();
  });

  it("signs staff out after the configured idle limit (STAFF_IDLE_MINUTES)", async () => {
    const start = new Date();
    const a = await signedIn("CLINICIAN", start);
    const b = await signedIn("CLINICIAN", start);
    expect(await check(a.claims, new Date(start.getTime() + minutes(14)), 15)).not.toBeNull();
    expect(await check(b.claims, new Date(start.getTime() + minutes(15)), 15)).toBeNull();
  });

  it("ends after 8 hours however active, and every session of a user can be ended at once", async () => {
    const start = new Date();
    const { user, claims } = await signedIn("BOOKING_CLERK", start);
    for (let m = 20; m < 8 * 60; m += 20) expect(await check(claims, new Date(start.getTime() + minutes(m)))).not.toBeNull();
    expect(await check(claims, new Date(start.getTime() + minutes(8 * 60)))).toBeNull();
    const other = await signedIn("BOOKING_CLERK");
    await db.session.create({ data: { sessionToken: randomUUID(), userId: other.user.id, expires: new Date(Date.now() + minutes(60)) } });
    expect(await endUserSessions(db, other.user.id)).toBe(2);
    expect(await check(other.claims, new Date())).toBeNull();
    expect(user.id).toBeTruthy();
  });
});
