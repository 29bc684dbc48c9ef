import { describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { mapDatabaseError, SlotTakenError } from "./errors";

/**
 * Real parallel requests for one slot, each transaction on its own connection
 * (a pool of 50), as when a popular slot is released and many patients click at once.
 */
const database = setupTestDatabaseHandle();
const db = database.db;
const CONTENDERS = 50;
const patientActor = { userId: null, label: "Patient (online)" };

let wide: Db | undefined;
/** One pool of CONTENDERS connections for the file (parallel test files share the server's connection limit). */
function wideClient(): Db {
  wide ??= database.client({ maxConnections: CONTENDERS });
  return wide;
}

describe("booking one slot concurrently", () => {
  it(`${CONTENDERS} patients at once: exactly one books, the rest are told it has gone and offered alternatives`, async () => {
    const f = await createTestFixtures(db);
    const [slot, ...others] = await f.createSlots(7);
    const patients = await f.createPatients(CONTENDERS);
    const client = wideClient();

    const results = await Promise.allSettled(
      patients.map((p) => bookAppointment(client, { slotId: slot!.id, patientId: p.id, channel: "PATIENT_ONLINE" }, patientActor)),
    );

    // They really ran side by side: the pool had to open a connection for each.
    const [{ backends }] = await client.$queryRaw<[{ backends: number }]>`
      SELECT count(*)::int AS backends FROM pg_stat_activity WHERE datname = current_database() AND application_name = ''`;
    expect(backends).toBeGreaterThanOrEqual(CONTENDERS);

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(CONTENDERS - 1);
    for (const error of lost) {
      expect(error).toBeInstanceOf(SlotTakenError);
      expect((error as SlotTakenError).alternatives.map((s) => s.id)).toEqual(others.slice(0, 5).map((s) => s.id));
    }

    const live = await db.appointment.findMany({ where: { slotId: slot!.id, status: { in: ["BOOKED", "ARRIVED"] } } });
    expect(live).toHaveLength(1);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot!.id } })).bookedCount).toBe(1);
    // Nothing written for the losers: no audit events, outbox messages or jobs.
    const everyone = patients.map((p) => p.id);
    expect(await db.appointment.count({ where: { patientId: { in: everyone } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { patientId: { in: everyone } } })).toBe(1);
    const messages = await db.message.findMany({ where: { patientId: { in: everyone } }, select: { id: true } });
    expect(messages).toHaveLength(1);
    expect(await db.job.count({ where: { queue: "send-message", payload: { path: ["messageId"], equals: messages[0]!.id } } })).toBe(1);
  });

  it(`${CONTENDERS} copies of one request (same idempotency key) book one appointment`, async () => {
    const f = await createTestFixtures(db);
    const slot = await f.createSlot();
    const patient = await f.createPatient();
    const client = wideClient();
    const input = { slotId: slot.id, patientId: patient.id, channel: "PATIENT_ONLINE" as const, idempotencyKey: `double-click-${f.code}` };

    const results = await Promise.all(Array.from({ length: CONTENDERS }, () => bookAppointment(client, input, patientActor)));

    expect(new Set(results.map((r) => r.appointment.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.appointment.count({ where: { patientId: patient.id } })).toBe(1);
    expect(await db.message.count({ where: { patientId: patient.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { patientId: patient.id } })).toBe(1);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(1);
  });

  it(`${CONTENDERS} raw INSERTs with no application check at all: the database still lets exactly one in`, async () => {
    const f = await createTestFixtures(db);
    const slot = await f.createSlot();
    const patients = await f.createPatients(CONTENDERS);
    const client = wideClient();

    const results = await Promise.allSettled(
      patients.map(
        (p) => client.$executeRaw`
          INSERT INTO "Appointment" ("id", "slotId", "patientId", "appointmentTypeId", "clinicId", "clinicianId", "startsAt", "endsAt",
                                     "bookingChannel", "calendarUid", "updatedAt")
          VALUES (gen_random_uuid(), ${slot.id}::uuid, ${p.id}::uuid, ${slot.appointmentTypeId}::uuid, ${slot.clinicId}::uuid,
                  ${slot.clinicianId}::uuid, ${slot.startsAt}, ${slot.endsAt}, 'STAFF', gen_random_uuid()::text, now())`,
      ),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(mapDatabaseError(r.reason)).toBeInstanceOf(SlotTakenError);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(1);
    expect(await db.appointment.count({ where: { slotId: slot.id } })).toBe(1);
  });
});

