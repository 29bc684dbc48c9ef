import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { SlotNotBookableError, SlotTakenError } from "./errors";
import { rescheduleAppointment } from "./reschedule-appointment";

const db = setupTestDatabase();
const patientActor = { userId: null, label: "Patient (online)" };

describe("rescheduleAppointment", () => {
  it("moves the booking: old slot freed, same calendar UID with the next sequence, one linked audit trail", async () => {
    const f = await createTestFixtures(db);
    const [from, to] = await f.createSlots(2);
    const patient = await f.createPatient();
    const { waitingListEntry } = await f.createReferral(patient.id);
    const { appointment: original } = await bookAppointment(
      db,
      { slotId: from!.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "PATIENT_ONLINE" },
      patientActor,
    );

    const { appointment, previous } = await rescheduleAppointment(
      db,
      { appointmentId: original.id, newSlotId: to!.id, requestedBy: "PATIENT", channel: "PATIENT_ONLINE" },
      patientActor,
      { patientId: patient.id },
    );

    expect(previous).toMatchObject({ id: original.id, status: "CANCELLED_BY_PATIENT", cancelReason: "Rescheduled" });
    expect(appointment).toMatchObject({
      status: "BOOKED",
      slotId: to!.id,
      startsAt: to!.startsAt,
      rescheduledFromId: original.id,
      calendarUid: original.calendarUid,
      calendarSequence: original.calendarSequence + 1,
      waitingListEntryId: waitingListEntry.id,
      referralId: original.referralId,
    });
    expect((await db.slot.findUniqueOrThrow({ where: { id: from!.id } })).bookedCount).toBe(0);
    expect((await db.slot.findUniqueOrThrow({ where: { id: to!.id } })).bookedCount).toBe(1);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).status).toBe("BOOKED");

    const moved = await db.auditEvent.findFirstOrThrow({ where: { entityId: original.id, action: "appointment.rescheduled" } });
    expect(moved.after).toMatchObject({ status: "CANCELLED_BY_PATIENT", rescheduledToId: appointment.id });
    const booked = await db.auditEvent.findFirstOrThrow({ where: { entityId: appointment.id, action: "appointment.booked" } });
    expect(booked.after).toMatchObject({ rescheduledFromId: original.id, calendarSequence: 1 });
    const message = await db.message.findFirstOrThrow({ where: { appointmentId: appointment.id } });
    expect(message).toMatchObject({ template: "appointment-confirmation", payload: { appointmentId: appointment.id, rescheduledFromId: original.id } });
  });

  it("can move to an overlapping time (the old appointment stops holding it first) and again later", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const first = await f.createSlot();
    const overlapping = await f.createSlot({ startsAt: new Date(first.startsAt.getTime() + 15 * 60_000), clinicianId: (await f.createClinician()).id });
    const third = await f.createSlot({ offsetMinutes: 240 });
    const { appointment } = await bookAppointment(db, { slotId: first.id, patientId: patient.id, channel: "STAFF" }, testStaffActor);

    const once = await rescheduleAppointment(db, { appointmentId: appointment.id, newSlotId: overlapping.id, requestedBy: "HOSPITAL", channel: "STAFF" }, testStaffActor);
    const twice = await rescheduleAppointment(db, { appointmentId: once.appointment.id, newSlotId: third.id, requestedBy: "HOSPITAL", channel: "STAFF" }, testStaffActor);

    expect(once.previous.status).toBe("CANCELLED_BY_HOSPITAL");
    expect(twice.appointment).toMatchObject({ calendarUid: appointment.calendarUid, calendarSequence: 2, rescheduledFromId: once.appointment.id });
    expect(await db.appointment.count({ where: { calendarUid: appointment.calendarUid, status: "BOOKED" } })).toBe(1);
  });

  it("changes nothing when the new slot has gone", async () => {
    const f = await createTestFixtures(db);
    const [from, to] = await f.createSlots(2);
    const [patient, someoneElse] = await f.createPatients(2);
    const { appointment } = await bookAppointment(db, { slotId: from!.id, patientId: patient!.id, channel: "STAFF" }, testStaffActor);
    await bookAppointment(db, { slotId: to!.id, patientId: someoneElse!.id, channel: "STAFF" }, testStaffActor);

    await expect(
      rescheduleAppointment(db, { appointmentId: appointment.id, newSlotId: to!.id, requestedBy: "PATIENT", channel: "STAFF" }, testStaffActor),
    ).rejects.toBeInstanceOf(SlotTakenError);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("BOOKED");
    expect((await db.slot.findUniqueOrThrow({ where: { id: from!.id } })).bookedCount).toBe(1);
    await expect(
      rescheduleAppointment(db, { appointmentId: appointment.id, newSlotId: from!.id, requestedBy: "PATIENT", channel: "STAFF" }, testStaffActor),
    ).rejects.toBeInstanceOf(SlotNotBookableError);
  });
});
