import { describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client";
import { schemaExtras } from "../../platform/db/schema-extras";
import { createTestFixtures, testStaffActor, type TestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { ClinicianDoubleBookedError, mapDatabaseError, PatientDoubleBookedError, SlotNotBookableError, SlotTakenError } from "./errors";

/**
 * The rules that must hold even for code that skips the booking core: each is
 * proven here by writing straight to the tables, as a careless script would.
 */
const db = setupTestDatabase();

type SlotRow = { id: string; startsAt: Date; endsAt: Date; clinicId: string; clinicianId: string; appointmentTypeId: string };

/** An INSERT that bypasses every application check. */
function rawInsert(client: Db, slot: SlotRow, patientId: string, overrides: { startsAt?: Date; endsAt?: Date; status?: string } = {}) {
  return client.$executeRaw`
    INSERT INTO "Appointment" ("id", "slotId", "patientId", "appointmentTypeId", "clinicId", "clinicianId", "startsAt", "endsAt",
                               "status", "bookingChannel", "calendarUid", "updatedAt")
    VALUES (gen_random_uuid(), ${slot.id}::uuid, ${patientId}::uuid, ${slot.appointmentTypeId}::uuid, ${slot.clinicId}::uuid,
            ${slot.clinicianId}::uuid, ${overrides.startsAt ?? slot.startsAt}, ${overrides.endsAt ?? slot.endsAt},
            ${overrides.status ?? "BOOKED"}::"AppointmentStatus", 'STAFF', gen_random_uuid()::text || '@test', now())`;
}

async function bookedCount(slotId: string): Promise<number> {
  return (await db.slot.findUniqueOrThrow({ where: { id: slotId } })).bookedCount;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error("expected the database to refuse"),
    (error: unknown) => mapDatabaseError(error),
  );
}

describe("the database refuses double bookings by itself", () => {
  it("a patient cannot hold two overlapping live appointments, even through raw SQL", async () => {
    const f = await createTestFixtures(db);
    const g = await createTestFixtures(db);
    const patient = await f.createPatient();
    const mine = await f.createSlot();
    const overlapping = await g.createSlot({ startsAt: new Date(mine.startsAt.getTime() + 10 * 60_000), durationMinutes: 15 });
    const adjacent = await g.createSlot({ startsAt: mine.endsAt });

    await rawInsert(db, mine, patient.id);
    expect(await rejectionOf(rawInsert(db, overlapping, patient.id))).toBeInstanceOf(PatientDoubleBookedError);
    // Back to back is fine: ranges are [start, end).
    await expect(rawInsert(db, adjacent, patient.id)).resolves.toBe(1);
    // A cancelled appointment does not hold the time.
    await db.appointment.updateMany({ where: { slotId: mine.id }, data: { status: "CANCELLED_BY_PATIENT" } });
    await expect(rawInsert(db, overlapping, patient.id)).resolves.toBe(1);
  });

  it("a clinician cannot see two patients at once in different slots", async () => {
    const f = await createTestFixtures(db);
    const [first, second] = await f.createPatients(2);
    // Two appointment types' slots at the same time for one clinician (the slot table allows it).
    const otherType = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "TEL", name: "Telephone", kind: "FOLLOW_UP", mode: "TELEPHONE", durationMinutes: 30 },
    });
    const a = await f.createSlot();
    const b = await f.createSlot({ startsAt: a.startsAt, appointmentTypeId: otherType.id });

    await bookAppointment(db, { slotId: a.id, patientId: first!.id, channel: "STAFF" }, testStaffActor);
    await expect(bookAppointment(db, { slotId: b.id, patientId: second!.id, channel: "STAFF" }, testStaffActor)).rejects.toBeInstanceOf(
      ClinicianDoubleBookedError,
    );
    expect(await rejectionOf(rawInsert(db, b, second!.id))).toBeInstanceOf(ClinicianDoubleBookedError);
    expect(await bookedCount(b.id)).toBe(0);
  });

  it("a group slot of capacity 2 takes exactly two patients", async () => {
    const f = await createTestFixtures(db);
    const slot = await f.createSlot({ capacity: 2 });
    const patients = await f.createPatients(3);

    for (const p of patients.slice(0, 2)) await bookAppointment(db, { slotId: slot.id, patientId: p.id, channel: "STAFF" }, testStaffActor);
    await expect(bookAppointment(db, { slotId: slot.id, patientId: patients[2]!.id, channel: "STAFF" }, testStaffActor)).rejects.toBeInstanceOf(
      SlotTakenError,
    );
    // Code that forgets to check is stopped by bookedCount <= capacity.
    expect(await rejectionOf(rawInsert(db, slot, patients[2]!.id))).toBeInstanceOf(SlotTakenError);
    expect(await bookedCount(slot.id)).toBe(2);
    expect(await db.appointment.count({ where: { slotId: slot.id, status: "BOOKED" } })).toBe(2);
  });

  it("keeps bookedCount equal to the live appointments through cancel, move and delete", async () => {
    const f = await createTestFixtures(db);
    const [one, two] = await f.createSlots(2);
    const patient = await f.createPatient();
    await rawInsert(db, one!, patient.id);
    expect([await bookedCount(one!.id), await bookedCount(two!.id)]).toEqual([1, 0]);

    await db.appointment.updateMany({ where: { slotId: one!.id }, data: { slotId: two!.id, startsAt: two!.startsAt, endsAt: two!.endsAt } });
    expect([await bookedCount(one!.id), await bookedCount(two!.id)]).toEqual([0, 1]);
    await db.appointment.updateMany({ where: { slotId: two!.id }, data: { status: "ARRIVED" } });
    expect(await bookedCount(two!.id)).toBe(1);
    await db.appointment.updateMany({ where: { slotId: two!.id }, data: { status: "DID_NOT_ATTEND" } });
    expect(await bookedCount(two!.id)).toBe(0);
    await db.appointment.updateMany({ where: { slotId: two!.id }, data: { status: "BOOKED" } });
    expect(await bookedCount(two!.id)).toBe(1);
    await db.appointment.deleteMany({ where: { slotId: two!.id } });
    expect(await bookedCount(two!.id)).toBe(0);
  });

  it("refuses live appointments in unavailable slots or with times that differ from the slot", async () => {
    const f: TestFixtures = await createTestFixtures(db);
    const patient = await f.createPatient();
    const blocked = await f.createSlot({ status: "BLOCKED" });
    const open = await f.createSlot({ offsetMinutes: 120 });

    expect(await rejectionOf(rawInsert(db, blocked, patient.id))).toBeInstanceOf(SlotNotBookableError);
    const shifted = rawInsert(db, open, patient.id, { startsAt: new Date(open.startsAt.getTime() + 60_000) });
    await expect(shifted).rejects.toThrow(/Appointment_matches_slot/);
    await expect(rawInsert(db, open, patient.id, { startsAt: open.endsAt, endsAt: open.startsAt })).rejects.toThrow(/Appointment_time_range_check/);
  });

  it("checks slot shapes", async () => {
    const f = await createTestFixtures(db);
    await expect(f.createSlot({ capacity: 0 })).rejects.toThrow(/Slot_capacity_check/);
    await expect(f.createSlot({ durationMinutes: 0 })).rejects.toThrow(/Slot_time_range_check/);
    const slot = await f.createSlot({ offsetMinutes: 300 });
    await expect(db.slot.update({ where: { id: slot.id }, data: { bookedCount: -1 } })).rejects.toThrow(/Slot_bookedCount_check/);
  });

  it("has every hand-written object listed in schema-extras", async () => {
    const found = await db.$queryRaw<{ name: string }[]>`
      SELECT conname AS name FROM pg_constraint
      UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()
      UNION ALL SELECT tgname FROM pg_trigger WHERE NOT tgisinternal
      UNION ALL SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace
      UNION ALL SELECT extname FROM pg_extension`;
    const names = new Set(found.map((row) => row.name));
    expect(schemaExtras.filter((extra) => !names.has(extra.name)).map((extra) => extra.name)).toEqual([]);
  });
});

describe("mapDatabaseError", () => {
  it("reads SQLSTATE and constraint from a raw pg error too", () => {
    const pgError = { code: "23P01", severity: "ERROR", constraint: "Appointment_patient_no_overlap", message: "conflicting key value" };
    expect(mapDatabaseError(pgError)).toBeInstanceOf(PatientDoubleBookedError);
    const other = new Error("something else");
    expect(mapDatabaseError(other)).toBe(other);
  });
});
