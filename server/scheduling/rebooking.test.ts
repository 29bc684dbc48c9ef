import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { createSchedulingFixtures } from "../platform/testing/scheduling-fixtures";
import { testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { cancelSlot } from "./cancel-slot";
import { addClinicClosure } from "./clinic-closures";
import { removeClinicSession, saveClinicSession } from "./clinic-sessions";
import { SessionOverlapError } from "./errors";
import { generateSlots } from "./generate-slots";

const db = setupTestDatabase();
const now = new Date("2026-01-05T00:00:00Z"); // Monday

const sessionForm = (typeIds: string[], overrides: Record<string, unknown> = {}) => ({
  weekday: "1",
  startTime: "09:00",
  endTime: "12:00",
  slotMinutes: "30",
  capacityPerSlot: "1",
  appointmentTypeIds: typeIds,
  validFrom: "2025-12-01",
  validTo: "",
  ...overrides,
});

/** A clinic with a Monday 09:00–12:00 session and its slots, and a patient booked at 10:00 and 11:30 on 12 January. */
async function bookedClinic() {
  const f = await createSchedulingFixtures(db);
  const { sessionId } = await saveClinicSession(db, { clinicId: f.clinic.id }, sessionForm([f.appointmentType.id]), testStaffActor, { now });
  const slotAt = (iso: string) => db.slot.findFirstOrThrow({ where: { clinicId: f.clinic.id, startsAt: new Date(iso) } });
  const book = async (iso: string) => {
    const patient = await f.createPatient();
    const { waitingListEntry, referral } = await f.createReferral(patient.id);
    const slot = await slotAt(iso);
    const { appointment } = await bookAppointment(
      db,
      { slotId: slot.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" },
      testStaffActor,
      { now },
    );
    return { appointment, waitingListEntry, referral, slot };
  };
  const ten = await book("2026-01-12T10:00:00Z");
  const halfEleven = await book("2026-01-12T11:30:00Z");
  return { f, sessionId, ten, halfEleven, slotAt };
}

async function expectNeedsRebooking(appointmentId: string, reason: RegExp) {
  const appointment = await db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
  expect(appointment.status).toBe("NEEDS_REBOOKING");
  expect(appointment.cancelReason).toMatch(reason);
  const task = await db.worklistTask.findFirstOrThrow({ where: { appointmentId, kind: "NEEDS_REBOOKING" } });
  expect(task).toMatchObject({ status: "OPEN", patientId: appointment.patientId, dueBy: appointment.startsAt });
  expect(task.summary).toMatch(reason);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: appointmentId, action: "appointment.needs-rebooking" } });
  expect(audit).toMatchObject({ actorLabel: testStaffActor.label, patientId: appointment.patientId });
  expect(audit.before).toMatchObject({ status: "BOOKED" });
  expect(audit.after).toMatchObject({ status: "NEEDS_REBOOKING", worklistTaskId: task.id });
  const message = await db.message.findFirstOrThrow({ where: { appointmentId, template: "appointment-needs-rebooking" } });
  expect(message.status).toBe("PENDING");
  expect(await db.job.count({ where: { queue: "send-message", payload: { equals: { messageId: message.id } } } })).toBe(1);
}

describe("changing templates under booked appointments", () => {
  it("moves patients whose slot a shortened session drops to NEEDS_REBOOKING, with a worklist task, audit and message", async () => {
    const { f, sessionId, ten, halfEleven } = await bookedClinic();

    const { slots } = await saveClinicSession(
      db,
      { clinicId: f.clinic.id, sessionId },
      sessionForm([f.appointmentType.id], { endTime: "11:00" }),
      testStaffActor,
      { now },
    );

    expect(slots.needsRebooking).toBe(1);
    await expectNeedsRebooking(halfEleven.appointment.id, /Monday session changed/);
    // The patient is back on the waiting list so they are rebooked in turn.
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: halfEleven.waitingListEntry.id } })).status).toBe("WAITING");
    expect((await db.referral.findUniqueOrThrow({ where: { id: halfEleven.referral.id } })).status).toBe("ACCEPTED");
    const dropped = await db.slot.findUniqueOrThrow({ where: { id: halfEleven.slot.id } });
    expect(dropped).toMatchObject({ status: "CANCELLED", cancelledBy: "TEMPLATE", bookedCount: 0 });
    // The 10:00 booking is untouched, and no 11:00–12:00 slot is left anywhere.
    expect((await db.appointment.findUniqueOrThrow({ where: { id: ten.appointment.id } })).status).toBe("BOOKED");
    expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE", startsAt: { gte: new Date("2026-01-12T11:00:00Z"), lt: new Date("2026-01-12T12:00:00Z") } } })).toBe(0);
    const change = await db.auditEvent.findFirstOrThrow({ where: { entityId: sessionId, action: "clinic-session.changed" } });
    expect(change.before).toMatchObject({ endMinute: 720 });
    expect(change.after).toMatchObject({ endMinute: 660 });
  });

  it("keeps bookings when only the mix changes, and reuses a slot's row when its length changes", async () => {
    const { f, sessionId, ten, halfEleven } = await bookedClinic();

    await saveClinicSession(db, { clinicId: f.clinic.id, sessionId }, sessionForm([f.followUpType.id, f.appointmentType.id]), testStaffActor, { now });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: ten.appointment.id } })).status).toBe("BOOKED");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: halfEleven.appointment.id } })).status).toBe("BOOKED");
    // Only one slot per time: the booked 11:30 slot stands in for the follow-up the mix now puts there.
    expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE", startsAt: new Date("2026-01-12T11:30:00Z") } })).toBe(1);

    // 45-minute slots: 09:00, 09:45, 10:30, 11:15. The 10:00 and 11:30 places no longer exist.
    const { slots } = await saveClinicSession(db, { clinicId: f.clinic.id, sessionId }, sessionForm([f.appointmentType.id], { slotMinutes: "45", endTime: "12:00" }), testStaffActor, { now });
    expect(slots.needsRebooking).toBe(2);
    await expectNeedsRebooking(ten.appointment.id, /session changed/);
    const monday = await db.slot.findMany({
      where: { clinicId: f.clinic.id, status: "AVAILABLE", startsAt: { gte: new Date("2026-01-12T00:00:00Z"), lt: new Date("2026-01-13T00:00:00Z") } },
      orderBy: { startsAt: "asc" },
    });
    expect(monday.map((s) => [s.startsAt.toISOString().slice(11, 16), s.endsAt.toISOString().slice(11, 16)])).toEqual([
      ["09:00", "09:45"],
      ["09:45", "10:30"],
      ["10:30", "11:15"],
      ["11:15", "12:00"],
    ]);
  });

  it("moves patients booked on days a closure covers, telling them why", async () => {
    const { f, ten, halfEleven } = await bookedClinic();
    const { slots } = await addClinicClosure(db, f.clinic.id, { startDate: "2026-01-12", endDate: "2026-01-12", reason: "Building work" }, testStaffActor, { now });
    expect(slots.needsRebooking).toBe(2);
    await expectNeedsRebooking(ten.appointment.id, /closed on this day: Building work/);
    await expectNeedsRebooking(halfEleven.appointment.id, /Building work/);
    const message = await db.message.findFirstOrThrow({ where: { appointmentId: ten.appointment.id, template: "appointment-needs-rebooking" } });
    expect(message.payload).toMatchObject({ reason: "The clinic is closed on this day: Building work", clinicName: f.clinic.name });
  });

  it("removes a session's free slots and moves its patients when the session is removed", async () => {
    const { f, sessionId, ten } = await bookedClinic();
    const { slots } = await removeClinicSession(db, { clinicId: f.clinic.id, sessionId }, testStaffActor, { now });
    expect(slots.needsRebooking).toBe(2);
    await expectNeedsRebooking(ten.appointment.id, /Monday session no longer runs/);
    expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE" } })).toBe(0);
    expect(await db.clinicSession.count({ where: { id: sessionId } })).toBe(0);
  });

  it("lets staff cancel a slot: its patient needs rebooking and generation never brings it back", async () => {
    const { f, ten } = await bookedClinic();
    await expect(cancelSlot(db, { slotId: ten.slot.id, reason: "Clinician called to a ward" }, testStaffActor, { now })).resolves.toEqual({ needsRebooking: 1 });
    await expectNeedsRebooking(ten.appointment.id, /Clinician called to a ward/);
    expect(await db.slot.findUniqueOrThrow({ where: { id: ten.slot.id } })).toMatchObject({ status: "CANCELLED", cancelledBy: "STAFF" });

    const again = await generateSlots(db, { clinicIds: [f.clinic.id], now });
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(await db.slot.findUniqueOrThrow({ where: { id: ten.slot.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("refuses a session that overlaps another on the same day", async () => {
    const { f } = await bookedClinic();
    await expect(
      saveClinicSession(db, { clinicId: f.clinic.id }, sessionForm([f.appointmentType.id], { startTime: "11:30", endTime: "13:00" }), testStaffActor, { now }),
    ).rejects.toThrow(SessionOverlapError);
    // Another weekday, or after the first session ends, is fine.
    await expect(
      saveClinicSession(db, { clinicId: f.clinic.id }, sessionForm([f.appointmentType.id], { startTime: "12:00", endTime: "13:00" }), testStaffActor, { now }),
    ).resolves.toMatchObject({ slots: { needsRebooking: 0 } });
  });
});
