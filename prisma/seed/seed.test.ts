import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "../../server/platform/db/client";
import { findFreePort, startEmbeddedPostgres } from "../../server/platform/db/embedded";
import { ReferralStatus } from "../../server/platform/db/generated/enums";
import { assertLocalDatabase } from "../../server/platform/db/local-only";
import { applyMigrations } from "../../server/platform/db/migrate";
import { isValidNhsNumber } from "../../server/patients/nhs-number";
import { DEMO_ADMIN, DEMO_CLERK, DEMO_CLINICIAN, DEMO_PATIENT, DEMO_PATIENT_2 } from "./demo-identities";
import { findOwnerlessPathways } from "../../server/referrals/ownerless-pathways";
import { seedDemoTrust } from "./index";

/**
 * Seeds two fresh databases (never the shared test database, which is already
 * seeded and which other tests change) on TEST_DATABASE_URL's server, or on an
 * embedded PostgreSQL in a temp folder.
 */
const today = new Date("2026-11-24T09:30:00Z");
let server: { url: string; stop(): Promise<void> };
const created: string[] = [];
let first: Db;
let second: Db;

beforeAll(async () => {
  server = await startServer();
  first = createDbClient(await freshDatabase("seed_a"));
  second = createDbClient(await freshDatabase("seed_b"));
});

afterAll(async () => {
  await first?.$disconnect();
  await second?.$disconnect();
  for (const name of created) await admin(server.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  await server?.stop();
});

describe("seedDemoTrust", () => {
  it("creates the demo trust in one go", async () => {
    const started = performance.now();
    const summary = await seedDemoTrust(first, { today });
    const ms = Math.round(performance.now() - started);
    console.log(`seedDemoTrust: ${ms} ms`, summary);
    expect(summary.alreadySeeded).toBe(false);

    expect(await first.service.count()).toBe(4);
    expect(await first.clinic.count()).toBe(10);
    expect(await first.clinician.count()).toBe(20);
    expect(await first.location.count()).toBeGreaterThanOrEqual(5);
    expect(await first.patient.count()).toBe(2_000);
    expect(await first.referral.count()).toBe(3_000);
    expect(summary.alreadySeeded === false && summary.counts).toMatchObject({ slots: await first.slot.count(), appointments: await first.appointment.count() });
  });

  it("fills eight weeks of diaries from the clinic templates, and books the next fortnight well", async () => {
    const slots = await first.slot.findMany({ select: { startsAt: true, status: true, bookedCount: true, capacity: true } });
    const weekOf = (d: Date) => Math.floor((d.getTime() - today.getTime()) / (7 * 86_400_000));
    expect(slots.every((s) => s.startsAt >= today && weekOf(s.startsAt) < 8)).toBe(true);
    expect(new Set(slots.map((s) => weekOf(s.startsAt))).size).toBe(8);
    // 25 and 28 December 2026 are bank holidays (Boxing Day falls on a Saturday).
    const days = new Set(slots.map((s) => s.startsAt.toISOString().slice(0, 10)));
    expect(days.has("2026-12-24")).toBe(true);
    expect(days.has("2026-12-25") || days.has("2026-12-28")).toBe(false);

    const fortnight = slots.filter((s) => weekOf(s.startsAt) < 2);
    const occupancy = fortnight.reduce((n, s) => n + s.bookedCount, 0) / fortnight.length;
    expect(occupancy).toBeGreaterThan(0.4);
    expect(occupancy).toBeLessThan(0.9);

    const appointments = await first.appointment.findMany({ include: { referral: true, slot: true } });
    for (const a of appointments) {
      expect(a.status).toBe("BOOKED");
      expect(a.startsAt).toEqual(a.slot.startsAt);
      expect(["BOOKED", "SEEN"]).toContain(a.referral?.status);
      expect(a.referral?.serviceId).toBe((await first.clinic.findUniqueOrThrow({ where: { id: a.clinicId } })).serviceId);
    }
    // Every open pathway has an owner: a waiting entry, a live appointment, a PIFU pathway or an open task.
    expect(await findOwnerlessPathways(first)).toEqual([]);
    // Every booked referral has its appointment; the demo patients keep their documented state.
    expect(await first.referral.count({ where: { status: "BOOKED", appointments: { none: {} } } })).toBe(0);
    expect(await first.appointment.count({ where: { patient: { nhsNumber: { in: [DEMO_PATIENT.nhsNumber, DEMO_PATIENT_2.nhsNumber] } } } })).toBe(0);
    expect(await first.auditEvent.count({ where: { action: "appointment.booked" } })).toBe(appointments.length);
  });

  it("gives every patient a valid NHS number in the 999 test range", async () => {
    const patients = await first.patient.findMany({ select: { nhsNumber: true } });
    expect(patients).toHaveLength(2_000);
    for (const { nhsNumber } of patients) {
      expect(nhsNumber.startsWith("999"), nhsNumber).toBe(true);
      expect(isValidNhsNumber(nhsNumber), nhsNumber).toBe(true);
    }
  });

  it("records communication needs the way Prisma reads them back", async () => {
    const interpreter = await first.patient.findFirst({ where: { communicationNeeds: { has: "INTERPRETER" } } });
    expect(interpreter?.interpreterLanguage).toBeTruthy();
    expect(interpreter?.needsReviewedAt).toBeInstanceOf(Date);
    expect(await first.patient.count({ where: { communicationNeeds: { isEmpty: false } } })).toBeGreaterThan(100);
    expect(await first.patient.count({ where: { dateOfBirth: { gt: new Date(Date.UTC(2008, 11, 1)) } } })).toBeGreaterThan(100);
  });

  it("has referrals in every status, a waiting-list entry for each accepted one, and a follow-up entry for each seen one not booked", async () => {
    const byStatus = await first.referral.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((g) => g.status).sort()).toEqual(Object.values(ReferralStatus).sort());
    const accepted = byStatus.find((g) => g.status === "ACCEPTED")!._count;
    expect(await first.waitingListEntry.count({ where: { status: "WAITING", kind: "NEW" } })).toBe(accepted);
    expect(await first.waitingListEntry.count({ where: { kind: "NEW" } })).toBe(accepted);
    const seenNotBooked = await first.referral.count({ where: { status: "SEEN", appointments: { none: { status: "BOOKED" } } } });
    expect(seenNotBooked).toBeGreaterThan(0);
    expect(await first.waitingListEntry.count({ where: { status: "WAITING", kind: "FOLLOW_UP", referral: { status: "SEEN" } } })).toBe(seenNotBooked);
    expect(await first.pifuPathway.count()).toBe(byStatus.find((g) => g.status === "ON_PIFU")!._count);
  });

  it("links each weekly session to appointment types that fit its slots", async () => {
    const sessions = await first.clinicSession.findMany({ include: { appointmentTypes: true, clinic: true } });
    expect(sessions.length).toBeGreaterThanOrEqual(10);
    for (const session of sessions) {
      expect(session.appointmentTypes.length).toBeGreaterThan(0);
      for (const type of session.appointmentTypes) {
        expect(type.serviceId).toBe(session.clinic.serviceId);
        expect(type.durationMinutes).toBe(session.slotMinutes);
      }
    }
    const videoClinics = await first.clinic.findMany({ where: { videoJoinUrl: { not: null } } });
    expect(videoClinics.length).toBeGreaterThanOrEqual(2);
    for (const c of videoClinics) expect(c.videoJoinUrl).toMatch(/^https:\/\/video\.frontdoor\.nhs\.invalid\/room\/[a-z0-9-]+$/);
  });

  it("creates the documented demo staff with their roles", async () => {
    for (const staff of [DEMO_CLERK, DEMO_CLINICIAN, DEMO_ADMIN]) {
      const user = await first.user.findUnique({ where: { email: staff.email } });
      expect(user, staff.email).toMatchObject({ name: staff.name, role: staff.role, patientId: null, active: true });
    }
    const clinicianUser = await first.user.findUniqueOrThrow({ where: { email: DEMO_CLINICIAN.email }, include: { clinician: { include: { service: true, clinics: true } } } });
    expect(clinicianUser.clinician?.name).toBe(DEMO_CLINICIAN.name);
    expect(clinicianUser.clinician?.service.code).toBe(DEMO_CLINICIAN.serviceCode);
    expect(clinicianUser.clinician?.clinics.map((c) => c.code)).toContain(DEMO_CLINICIAN.clinicCode);
  });

  it("creates the demo patients with their sign-ins and documented referrals", async () => {
    for (const demo of [DEMO_PATIENT, DEMO_PATIENT_2]) {
      const user = await first.user.findUniqueOrThrow({ where: { email: demo.email }, include: { patient: true } });
      expect(user.role).toBe("PATIENT");
      expect(user.patient).toMatchObject({ nhsNumber: demo.nhsNumber, givenName: demo.givenName, familyName: demo.familyName, postcode: demo.postcode });
      expect(user.patient?.dateOfBirth.toISOString().slice(0, 10)).toBe(demo.dateOfBirth);
      const waiting = await first.referral.findUniqueOrThrow({ where: { bookingReference: demo.bookingReference }, include: { waitingList: true } });
      expect(waiting).toMatchObject({ patientId: user.patientId, status: "ACCEPTED", rttClockStopAt: null });
      expect(waiting.waitingList).toEqual([expect.objectContaining({ status: "WAITING", kind: "NEW" })]);
    }
    const alex = await first.referral.findMany({ where: { patient: { nhsNumber: DEMO_PATIENT.nhsNumber } }, include: { service: true } });
    expect(alex.map((r) => `${r.service.code} ${r.status}`).sort()).toEqual(["AUD DISCHARGED", "MSK ACCEPTED", "POD AWAITING_TRIAGE"]);
  });

  it("does nothing when run again", async () => {
    const before = await counts(first);
    expect(await seedDemoTrust(first, { today })).toEqual({ alreadySeeded: true });
    expect(await counts(first)).toEqual(before);
  });

  it("writes the same people and pathways into another database", async () => {
    const summary = await seedDemoTrust(second, { today });
    expect(summary.alreadySeeded).toBe(false);
    const [a, b] = await Promise.all([snapshot(first), snapshot(second)]);
    expect(b.patients).toEqual(a.patients);
    expect(b.referrals).toEqual(a.referrals);
    expect(b.slots).toEqual(a.slots);
    expect(b.appointments).toEqual(a.appointments);
  });
});

async function counts(db: Db) {
  const [services, clinics, patients, referrals, users, waiting, events, slots, appointments] = await Promise.all([
    db.service.count(), db.clinic.count(), db.patient.count(), db.referral.count(), db.user.count(), db.waitingListEntry.count(), db.rttEvent.count(),
    db.slot.count(), db.appointment.count(),
  ]);
  return { services, clinics, patients, referrals, users, waiting, events, slots, appointments };
}

async function snapshot(db: Db) {
  const patients = await db.patient.findMany({
    orderBy: { nhsNumber: "asc" },
    select: { id: true, nhsNumber: true, givenName: true, familyName: true, dateOfBirth: true, postcode: true, email: true },
  });
  const referrals = await db.referral.findMany({
    orderBy: { pathwayId: "asc" },
    select: { id: true, pathwayId: true, bookingReference: true, status: true, receivedAt: true, patientId: true, rttStatusCode: true },
  });
  const slots = await db.slot.findMany({ orderBy: { id: "asc" }, select: { id: true, startsAt: true, appointmentTypeId: true, bookedCount: true } });
  const appointments = await db.appointment.findMany({ orderBy: { id: "asc" }, select: { id: true, slotId: true, patientId: true, referralId: true } });
  return { patients, referrals, slots, appointments };
}

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabase(external, "test");
    return { url: external, stop: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "frontdoor-seed-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  return {
    url: postgres.url,
    async stop() {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function freshDatabase(suffix: string): Promise<string> {
  const name = `frontdoor_${suffix}_${process.pid}_${Date.now()}`;
  await admin(server.url, `CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
