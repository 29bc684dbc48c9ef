import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { AppointmentNotFoundError, InvalidTransitionError } from "./errors";

const db = setupTestDatabase();

describe("cancelAppointment", () => {
  it("frees the slot at once, puts the patient back on the waiting list, audits and queues the cancellation", async () => {
    const f = await createTestFixtures(db);
    const [slot, patient] = [await f.createSlot(), await f.createPatient()];
    const { referral, waitingListEntry } = await f.createReferral(patient.id);
    const { appointment } = await bookAppointment(
      db,
      { slotId: slot.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" },
      testStaffActor,
    );

    const cancelled = await cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "PATIENT", reason: "Feeling better" }, testStaffActor);

    expect(cancelled).toMatchObject({ status: "CANCELLED_BY_PATIENT", cancelReason: "Feeling better" });
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(0);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).status).toBe("WAITING");
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("ACCEPTED");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: appointment.id, action: "appointment.cancelled" } });
    expect(audit.before).toMatchObject({ status: "BOOKED" });
    expect(audit.after).toMatchObject({ status: "CANCELLED_BY_PATIENT", requestedBy: "PATIENT" });
    expect(await db.message.count({ where: { appointmentId: appointment.id, template: "appointment-cancellation" } })).toBe(1);

    // The freed slot can be booked straight away by someone else.
    const next = await f.createPatient();
    await expect(bookAppointment(db, { slotId: slot.id, patientId: next.id, channel: "STAFF" }, testStaffActor)).resolves.toMatchObject({
      replayed: false,
    });
  });

  it("cancels once: a second cancellation is refused and changes nothing", async () => {
    const f = await createTestFixtures(db);
    const [slot, patient] = [await f.createSlot(), await f.createPatient()];
    const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, channel: "STAFF" }, testStaffActor);
    const cancel = () => cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "HOSPITAL", reason: "Clinician unwell" }, testStaffActor);

    const results = await Promise.allSettled([cancel(), cancel()]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure?.status === "rejected" && failure.reason).toBeInstanceOf(InvalidTransitionError);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(0);
    expect(await db.message.count({ where: { appointmentId: appointment.id, template: "appointment-cancellation" } })).toBe(1);
  });

  it("does not let a patient cancel someone else's appointment", async () => {
    const f = await createTestFixtures(db);
    const [slot, owner, other] = [await f.createSlot(), await f.createPatient(), await f.createPatient()];
    const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: owner.id, channel: "STAFF" }, testStaffActor);

    await expect(
      cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "PATIENT", reason: "x" }, testStaffActor, { patientId: other.id }),
    ).rejects.toBeInstanceOf(AppointmentNotFoundError);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("BOOKED");
  });
});
