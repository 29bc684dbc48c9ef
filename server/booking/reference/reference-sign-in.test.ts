import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateBookingReference } from "../invitations/send-booking-invitation";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../../platform/testing/test-database";
import { createReferenceSessionValue, readReferenceSessionValue } from "./reference-session";
import { referenceSignInSchema, signInWithReference } from "./reference-sign-in";

const database = setupTestDatabaseHandle();
const db = database.db;
const secret = "a-test-secret-that-is-long-enough-123456";

async function patientWithReference() {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient({ dateOfBirth: new Date("1984-03-14T00:00:00Z"), postcode: "B29 6HZ" });
  const { referral } = await f.createReferral(patient.id);
  const bookingReference = generateBookingReference();
  await db.referral.update({ where: { id: referral.id }, data: { bookingReference } });
  return { patient, referral, bookingReference };
}

function attempt(reference: string, dob: [string, string, string], postcode: string) {
  return referenceSignInSchema.parse({ reference, dobDay: dob[0], dobMonth: dob[1], dobYear: dob[2], postcode });
}

describe("signing in with a booking reference", () => {
  it("opens the referral with the reference, date of birth and postcode, however they are typed", async () => {
    const { patient, referral, bookingReference } = await patientWithReference();
    const typed = `${bookingReference.slice(0, 4).toLowerCase()} ${bookingReference.slice(4)}`;
    const result = await signInWithReference(db, attempt(typed, ["14", "3", "1984"], "b296hz"), `test-${randomUUID()}`);
    expect(result).toEqual({ ok: true, referralId: referral.id, patientId: patient.id });
  });

  it("answers a wrong date of birth, a wrong postcode and an unknown reference the same way", async () => {
    const { bookingReference } = await patientWithReference();
    const address = `test-${randomUUID()}`;
    const answers = await Promise.all([
      signInWithReference(db, attempt(bookingReference, ["15", "3", "1984"], "B29 6HZ"), address),
      signInWithReference(db, attempt(bookingReference, ["14", "3", "1984"], "B29 6HA"), address),
      signInWithReference(db, attempt(generateBookingReference(), ["14", "3", "1984"], "B29 6HZ"), address),
    ]);
    expect(answers).toEqual([{ ok: false, reason: "NO_MATCH" }, { ok: false, reason: "NO_MATCH" }, { ok: false, reason: "NO_MATCH" }]);
  });

  it("stops a reference after 5 attempts, even with the right details, across app instances", async () => {
    const { bookingReference } = await patientWithReference();
    const instances = [database.client({ maxConnections: 2 }), database.client({ maxConnections: 2 })];
    const now = new Date();
    for (let i = 0; i < 5; i++) {
      const result = await signInWithReference(instances[i % 2]!, attempt(bookingReference, ["1", "1", "2000"], "B29 6HZ"), `test-${randomUUID()}`, now);
      expect(result).toEqual({ ok: false, reason: "NO_MATCH" });
    }
    const right = await signInWithReference(instances[1]!, attempt(bookingReference, ["14", "3", "1984"], "B29 6HZ"), `test-${randomUUID()}`, now);
    expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    // After the window, the right details work again.
    const later = await signInWithReference(instances[0]!, attempt(bookingReference, ["14", "3", "1984"], "B29 6HZ"), `test-${randomUUID()}`, new Date(now.getTime() + 15 * 60_000));
    expect(later.ok).toBe(true);
  });

  it("stops a client address trying many references", async () => {
    const address = `test-${randomUUID()}`;
    const now = new Date();
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await signInWithReference(db, attempt(generateBookingReference(), ["1", "1", "2000"], "B1 1AA"), address, now));
    expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "NO_MATCH")).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });
});

describe("reference session cookie", () => {
  const now = new Date("2026-03-03T09:00:00Z");
  const session = { referralId: randomUUID(), patientId: randomUUID() };

  it("holds one referral for 30 minutes", () => {
    const { value, expiresAt } = createReferenceSessionValue(session, now, secret);
    expect(expiresAt).toEqual(new Date("2026-03-03T09:30:00Z"));
    expect(readReferenceSessionValue(value, new Date("2026-03-03T09:29:59Z"), secret)).toEqual({ ...session, expiresAt });
    expect(readReferenceSessionValue(value, expiresAt, secret)).toBeNull();
  });

  it("refuses a cookie that was changed or signed with another secret", () => {
    const { value } = createReferenceSessionValue(session, now, secret);
    const [payload, signature] = value.split(".");
    const other = Buffer.from(JSON.stringify({ r: randomUUID(), p: session.patientId, e: 9_999_999_999 })).toString("base64url");
    expect(readReferenceSessionValue(`${other}.${signature}`, now, secret)).toBeNull();
    expect(readReferenceSessionValue(`${payload}.${signature}x`, now, secret)).toBeNull();
    expect(readReferenceSessionValue(createReferenceSessionValue(session, now, "another-secret-that-is-long-enough-0000").value, now, secret)).toBeNull();
    expect(readReferenceSessionValue(undefined, now, secret)).toBeNull();
  });
});
