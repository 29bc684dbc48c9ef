import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { OutgoingEmail } from "../platform/mail/transport";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { emailSignInSchema, hashSignInToken, requestSignInLink, sendSignInLink, SIGN_IN_LINK_QUEUE } from "./email-sign-in";

const db = setupTestDatabase();
const config = { baseUrl: "http://127.0.0.1:3100", authSecret: "a-test-secret-that-is-long-enough-123456", trustName: "Test Trust" };

async function knownPatientEmail() {
  const f = await createTestFixtures(db);
  const email = `known-${randomUUID()}@example.nhs.invalid`;
  await f.createPatient({ email });
  return email;
}

function fakeMailer() {
  const sent: OutgoingEmail[] = [];
  return { sent, send: async (email: OutgoingEmail) => void sent.push(email) };
}

async function jobsFor(email: string) {
  const jobs = await db.job.findMany({ where: { queue: SIGN_IN_LINK_QUEUE } });
  return jobs.filter((job) => (job.payload as { email?: string }).email === email);
}

describe("asking for a sign-in link", () => {
  it("does exactly the same for a known and an unknown address: one queued job, no token, no email", async () => {
    const known = await knownPatientEmail();
    const unknown = `nobody-${randomUUID()}@example.nhs.invalid`;
    const client = `203.0.113.${Math.floor(Math.random() * 250)}`;
    expect(await requestSignInLink(db, { email: known, clientAddress: client })).toEqual({ ok: true });
    expect(await requestSignInLink(db, { email: unknown, clientAddress: client })).toEqual({ ok: true });
    expect(await jobsFor(known)).toHaveLength(1);
    expect(await jobsFor(unknown)).toHaveLength(1);
    expect(await db.verificationToken.count({ where: { identifier: { in: [known, unknown] } } })).toBe(0);
  });

  it("limits links per email address, whichever client asks", async () => {
    const email = `nobody-${randomUUID()}@example.nhs.invalid`;
    const now = new Date();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await requestSignInLink(db, { email, clientAddress: `198.51.100.${i}` }, now));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, false]);
    expect(await jobsFor(email)).toHaveLength(5);
  });

  it("limits links per client address, whichever email it asks for", async () => {
    const client = `client-${randomUUID()}`;
    const now = new Date();
    const answers = [];
    for (let i = 0; i < 51; i++) answers.push((await requestSignInLink(db, { email: `n${i}-${randomUUID()}@example.nhs.invalid`, clientAddress: client }, now)).ok);
    expect(answers.filter((ok) => !ok)).toHaveLength(1);
    expect(answers[50]).toBe(false);
  });

  it("explains an address that is not an email address", () => {
    expect(emailSignInSchema.safeParse({ email: "not-an-email" }).success).toBe(false);
    expect(emailSignInSchema.parse({ email: "  Alex.Morgan@Example.NHS.UK " })).toEqual({ email: "alex.morgan@example.nhs.uk" });
  });
});

describe("the send-sign-in-link job", () => {
  it("emails a known address a link whose token next-auth will accept, and stores only the token's hash", async () => {
    const email = await knownPatientEmail();
    const mailer = fakeMailer();
    const now = new Date();
    expect(await sendSignInLink(db, config, { email, requestedAt: now.toISOString() }, now, mailer.send)).toBe("sent");
    expect(mailer.sent).toHaveLength(1);
    const link = new URL(/http\S+/.exec(mailer.sent[0]!.text)![0]);
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(link.searchParams.get("email")).toBe(email);
    const token = link.searchParams.get("token")!;
    const rows = await db.verificationToken.findMany({ where: { identifier: email } });
    expect(rows).toEqual([expect.objectContaining({ token: hashSignInToken(token, config.authSecret) })]);
    expect(rows[0]!.expires.getTime() - now.getTime()).toBe(15 * 60_000);
  });

  it("leaves nothing behind for an unknown address, or a staff member's", async () => {
    const unknown = `nobody-${randomUUID()}@example.nhs.invalid`;
    const staff = `staff-${randomUUID()}@example.nhs.invalid`;
    await db.user.create({ data: { email: staff, role: "BOOKING_CLERK", name: "Staff" } });
    const mailer = fakeMailer();
    const now = new Date();
    for (const email of [unknown, staff]) {
      expect(await sendSignInLink(db, config, { email, requestedAt: now.toISOString() }, now, mailer.send)).toBe("not-sent");
    }
    expect(mailer.sent).toHaveLength(0);
    expect(await db.verificationToken.count({ where: { identifier: { in: [unknown, staff] } } })).toBe(0);
  });

  it("does not send a link asked for more than 15 minutes ago", async () => {
    const email = await knownPatientEmail();
    const mailer = fakeMailer();
    const now = new Date();
    const asked = new Date(now.getTime() - 16 * 60_000).toISOString();
    expect(await sendSignInLink(db, config, { email, requestedAt: asked }, now, mailer.send)).toBe("not-sent");
    expect(mailer.sent).toHaveLength(0);
  });
});
