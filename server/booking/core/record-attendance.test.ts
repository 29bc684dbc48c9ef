import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor, type TestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { AttendanceTooEarlyError, InvalidTransitionError, WasNotBroughtAdultError, DidNotAttendChildError } from "./errors";
import { ageOn, recordAttendance } from "./record-attendance";

const db = setupTestDatabase();
const clinicianActor = { userId: null, label: "Clinician" };

let offset = 0;
async function booked(f: TestFixtures, patient?: { id: string }) {
  const slot = await f.createSlot({ offsetMinutes: (offset += 60) });
  const who = patient ?? (await f.createPatient());
  const { referral } = await f.createReferral(who.id);
  const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: who.id, referralId: referral.id, channel: "STAFF" }, testStaffActor);
  return { appointment, slot, referralId: referral.id };
}

describe("recordAttendance", () => {
  it("arrived then seen; seen moves the referral on and frees nothing early", async () => {
    const f = await createTestFixtures(db);
    const { appointment, slot, referralId } = await booked(f);
    const during = new Date(appointment.startsAt.getTime() + 5 * 60_000);

    const arrived = await recordAttendance(db, { appointmentId: appointment.id, status: "ARRIVED" }, clinicianActor, { now: appointment.startsAt });
    expect(arrived.status).toBe("ARRIVED");
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(1);
    const seen = await recordAttendance(db, { appointmentId: appointment.id, status: "SEEN" }, clinicianActor, { now: during });
    expect(seen.status).toBe("SEEN");
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("SEEN");
    expect(await db.auditEvent.count({ where: { entityId: appointment.id, action: { in: ["appointment.arrived", "appointment.seen"] } } })).toBe(2);
    // Finished appointments stay finished.
    await expect(
      recordAttendance(db, { appointmentId: appointment.id, status: "DID_NOT_ATTEND" }, clinicianActor, { now: during }),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it("does not record a non-attendance before the appointment has started, or an arrival days before", async () => {
    const f = await createTestFixtures(db);
    const { appointment } = await booked(f);
    const dayBefore = new Date(appointment.startsAt.getTime() - 48 * 3_600_000);
    await expect(
      recordAttendance(db, { appointmentId: appointment.id, status: "DID_NOT_ATTEND" }, clinicianActor, { now: dayBefore }),
    ).rejects.toBeInstanceOf(AttendanceTooEarlyError);
    await expect(recordAttendance(db, { appointmentId: appointment.id, status: "ARRIVED" }, clinicianActor, { now: dayBefore })).rejects.toBeInstanceOf(
      AttendanceTooEarlyError,
    );
  });

  it("records was not brought only for children, and never did not attend for them, with a safeguarding flag in the audit trail", async () => {
    const f = await createTestFixtures(db);
    const after = (a: { startsAt: Date }) => ({ now: new Date(a.startsAt.getTime() + 60 * 60_000) });
    const adult = await booked(f);
    await expect(
      recordAttendance(db, { appointmentId: adult.appointment.id, status: "WAS_NOT_BROUGHT" }, clinicianActor, after(adult.appointment)),
    ).rejects.toBeInstanceOf(WasNotBroughtAdultError);

    const child = await f.createPatient({ dateOfBirth: new Date(Date.UTC(new Date().getUTCFullYear() - 7, 0, 15)) });
    const { appointment } = await booked(f, child);
    await expect(
      recordAttendance(db, { appointmentId: appointment.id, status: "DID_NOT_ATTEND" }, clinicianActor, after(appointment)),
    ).rejects.toBeInstanceOf(DidNotAttendChildError);
    const result = await recordAttendance(db, { appointmentId: appointment.id, status: "WAS_NOT_BROUGHT" }, clinicianActor, after(appointment));

    expect(result.status).toBe("WAS_NOT_BROUGHT");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: appointment.id, action: "appointment.was_not_brought" } });
    expect(audit.after).toMatchObject({ status: "WAS_NOT_BROUGHT", safeguardingFlag: true });
  });
});

describe("ageOn", () => {
  const dob = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    ["2008-06-10", "2026-06-09T12:00:00Z", 17],
    ["2008-06-10", "2026-06-10T12:00:00Z", 18],
    // 23:30 UTC on 9 June is 00:30 on 10 June in London (BST): already the birthday.
    ["2008-06-10", "2026-06-09T23:30:00Z", 18],
    ["2008-02-29", "2026-02-28T12:00:00Z", 17],
    ["2008-02-29", "2026-03-01T12:00:00Z", 18],
  ] as const)("born %s, on %s: %i", (born, on, age) => {
    expect(ageOn(dob(born), new Date(on))).toBe(age);
  });
});
