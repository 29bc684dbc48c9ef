import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { BookingLinkError, IdempotencyKeyReusedError, PatientDoubleBookedError, SlotNotBookableError, SlotTakenError } from "./errors";

const db = setupTestDatabase();
const patientActor = { userId: null, label: "Patient (online)" };

describe("bookAppointment", () => {
  it("books a slot, marks the waiting list and referral, and writes the audit event and confirmation", async () => {
    const f = await createTestFixtures(db);
    const [slot, patient] = [await f.createSlot(), await f.createPatient()];
    const { referral, waitingListEntry } = await f.createReferral(patient.id);

    const { appointment, replayed } = await bookAppointment(
      db,
      { slotId: slot.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" },
      testStaffActor,
    );

    expect(replayed).toBe(false);
    expect(appointment).toMatchObject({
      status: "BOOKED",
      slotId: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      clinicId: f.clinic.id,
      clinicianId: f.clinician.id,
      appointmentTypeId: f.appointmentType.id,
      referralId: referral.id,
      calendarSequence: 0,
    });
    expect(appointment.calendarUid).toMatch(/^[0-9a-f-]{36}@frontdoor$/);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(1);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).status).toBe("BOOKED");
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("BOOKED");

    const audit = await db.auditEvent.findMany({ where: { entityType: "Appointment", entityId: appointment.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "appointment.booked", actorLabel: testStaffActor.label, patientId: patient.id });
    expect(audit[0]!.after).toMatchObject({ status: "BOOKED", slotId: slot.id, bookingChannel: "STAFF" });

    const messages = await db.message.findMany({ where: { appointmentId: appointment.id } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ template: "appointment-confirmation", channel: "EMAIL", toAddress: patient.email, status: "PENDING" });
    expect(messages[0]!.payload).toEqual({ appointmentId: appointment.id });
    const jobs = await db.job.findMany({ where: { queue: "send-message", payload: { equals: { messageId: messages[0]!.id } } } });
    expect(jobs).toHaveLength(1);
  });

  it("books once when the same request is repeated with its idempotency key", async () => {
    const f = await createTestFixtures(db);
    const [slot, patient] = [await f.createSlot(), await f.createPatient()];
    const input = { slotId: slot.id, patientId: patient.id, channel: "PATIENT_ONLINE" as const, idempotencyKey: `key-${f.code}` };

    const first = await bookAppointment(db, input, patientActor);
    const second = await bookAppointment(db, input, patientActor);

    expect(second).toEqual({ appointment: first.appointment, replayed: true });
    expect(await db.appointment.count({ where: { slotId: slot.id } })).toBe(1);
    expect(await db.message.count({ where: { appointmentId: first.appointment.id } })).toBe(1);
    // The key does not open someone else's booking.
    const other = await f.createPatient();
    await expect(bookAppointment(db, { ...input, patientId: other.id }, patientActor)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it("refuses a full slot with up to five alternatives of the same type, soonest first", async () => {
    const f = await createTestFixtures(db);
    const slots = await f.createSlots(8);
    const [first, second] = await f.createPatients(2);
    await bookAppointment(db, { slotId: slots[0]!.id, patientId: first!.id, channel: "STAFF" }, testStaffActor);

    const error = await bookAppointment(db, { slotId: slots[0]!.id, patientId: second!.id, channel: "STAFF" }, testStaffActor).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SlotTakenError);
    const taken = error as SlotTakenError;
    expect(taken.message).toBe("This slot has just been taken. Choose another time.");
    expect(taken.alternatives.map((s) => s.id)).toEqual(slots.slice(1, 6).map((s) => s.id));
  });

  it("gives patients only what they may book themselves", async () => {
    const f = await createTestFixtures(db, { minNoticeHours: 48 });
    const patient = await f.createPatient();
    const staffOnly = await f.createSlot({ patientBookable: false });
    const tooSoon = await f.createSlot({ startsAt: new Date(Date.now() + 24 * 3_600_000) });
    const past = await f.createSlot({ startsAt: new Date(Date.now() - 3_600_000) });
    const blocked = await f.createSlot({ offsetMinutes: 60, status: "BLOCKED" });
    const book = (slotId: string, channel: "STAFF" | "PATIENT_ONLINE") => bookAppointment(db, { slotId, patientId: patient.id, channel }, patientActor);

    await expect(book(staffOnly.id, "PATIENT_ONLINE")).rejects.toMatchObject({ reason: "STAFF_ONLY" });
    await expect(book(tooSoon.id, "PATIENT_ONLINE")).rejects.toMatchObject({ reason: "TOO_SOON" });
    await expect(book(past.id, "STAFF")).rejects.toMatchObject({ reason: "IN_PAST" });
    await expect(book(blocked.id, "STAFF")).rejects.toBeInstanceOf(SlotNotBookableError);
    await expect(book("01a20f11-0000-7000-8000-000000000000", "STAFF")).rejects.toMatchObject({ reason: "NOT_FOUND" });
    // Staff may book inside the notice period.
    await expect(book(tooSoon.id, "STAFF")).resolves.toMatchObject({ replayed: false });
  });

  it("refuses another patient's waiting-list entry and leaves nothing behind", async () => {
    const f = await createTestFixtures(db);
    const [slot, owner, other] = [await f.createSlot(), await f.createPatient(), await f.createPatient()];
    const { waitingListEntry } = await f.createReferral(owner.id);

    await expect(
      bookAppointment(db, { slotId: slot.id, patientId: other.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" }, testStaffActor),
    ).rejects.toBeInstanceOf(BookingLinkError);
    expect(await db.appointment.count({ where: { slotId: slot.id } })).toBe(0);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).status).toBe("WAITING");
  });

  it("refuses a second appointment for the patient at an overlapping time", async () => {
    const f = await createTestFixtures(db);
    const other = await createTestFixtures(db);
    const patient = await f.createPatient();
    const mine = await f.createSlot();
    // Another clinic, another clinician, starting half-way through the first appointment.
    const overlapping = await other.createSlot({ startsAt: new Date(mine.startsAt.getTime() + 15 * 60_000) });
    await bookAppointment(db, { slotId: mine.id, patientId: patient.id, channel: "STAFF" }, testStaffActor);

    await expect(bookAppointment(db, { slotId: overlapping.id, patientId: patient.id, channel: "STAFF" }, testStaffActor)).rejects.toBeInstanceOf(
      PatientDoubleBookedError,
    );
    expect((await db.slot.findUniqueOrThrow({ where: { id: overlapping.id } })).bookedCount).toBe(0);
  });

  it("refuses a slot of another service for a referral's waiting-list entry, leaving the entry waiting", async () => {
    const f = await createTestFixtures(db);
    const other = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral, waitingListEntry } = await f.createReferral(patient.id);
    const elsewhere = await other.createSlot();

    const byEntry = await bookAppointment(db, { slotId: elsewhere.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" }, testStaffActor).catch(
      (e: unknown) => e,
    );
    const byReferral = await bookAppointment(db, { slotId: elsewhere.id, patientId: patient.id, referralId: referral.id, channel: "STAFF" }, testStaffActor).catch(
      (e: unknown) => e,
    );

    for (const error of [byEntry, byReferral]) {
      expect(error).toBeInstanceOf(SlotNotBookableError);
      expect((error as SlotNotBookableError).reason).toBe("OTHER_SERVICE");
    }
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).status).toBe("WAITING");
    expect((await db.slot.findUniqueOrThrow({ where: { id: elsewhere.id } })).bookedCount).toBe(0);
  });
});
