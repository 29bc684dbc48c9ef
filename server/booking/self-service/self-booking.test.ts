import { describe, expect, it } from "vitest";
import { AppointmentNotFoundError, SlotNotBookableError, SlotTakenError } from "../core/errors";
import { findFreeSlots } from "../core/find-slots";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../../platform/testing/test-database";
import { listBookableEntries, loadBookableEntry } from "./bookable-entries";
import { ChangeNotAllowedError, EntryNotFoundError } from "./change-rules";
import { accountScope, referenceScope } from "./scope";
import { searchPatientSlots } from "./search-slots";
import { selfBook, selfCancel, selfReschedule } from "./self-book";
import { londonDayOf, addDays } from "./london-days";

const database = setupTestDatabaseHandle();
const db = database.db;
const HOUR = 3_600_000;

async function patientWithReferral(f: Awaited<ReturnType<typeof createTestFixtures>>) {
  const patient = await f.createPatient();
  const { referral, waitingListEntry } = await f.createReferral(patient.id);
  const user = await db.user.create({ data: { email: patient.email, role: "PATIENT", patientId: patient.id } });
  return { patient, referral, entry: waitingListEntry, scope: accountScope({ userId: user.id, patientId: patient.id }) };
}

describe("self-booking", () => {
  it("books a referral from an account into a slot the patient may book, as an online booking", async () => {
    const f = await createTestFixtures(db);
    const [slot] = await f.createSlots(2);
    const { entry, referral, scope } = await patientWithReferral(f);

    expect((await listBookableEntries(db, scope)).map((e) => e.id)).toEqual([entry.id]);
    const { appointment } = await selfBook(db, scope, { entryId: entry.id, slotId: slot!.id, idempotencyKey: `k-${entry.id}` });

    expect(appointment).toMatchObject({ bookingChannel: "PATIENT_ONLINE", referralId: referral.id, waitingListEntryId: entry.id });
    expect(await listBookableEntries(db, scope)).toEqual([]);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: appointment.id } })).actorLabel).toBe("Patient (online)");
  });

  it("never lets a patient act on another patient's referral or appointment", async () => {
    const f = await createTestFixtures(db);
    const slots = await f.createSlots(4);
    const mine = await patientWithReferral(f);
    const theirs = await patientWithReferral(f);
    const { appointment: theirAppointment } = await selfBook(db, theirs.scope, { entryId: theirs.entry.id, slotId: slots[0]!.id, idempotencyKey: `k-${theirs.entry.id}` });
    const otherEntry = (await f.createReferral(theirs.patient.id)).waitingListEntry;

    expect(await loadBookableEntry(db, mine.scope, otherEntry.id)).toBeNull();
    await expect(selfBook(db, mine.scope, { entryId: otherEntry.id, slotId: slots[1]!.id, idempotencyKey: "k-someone-else" })).rejects.toBeInstanceOf(EntryNotFoundError);
    await expect(selfReschedule(db, mine.scope, { appointmentId: theirAppointment.id, slotId: slots[2]!.id })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    await expect(selfCancel(db, mine.scope, { appointmentId: theirAppointment.id, reason: "BETTER" })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    // Their appointment is untouched, and the owner still can act on it.
    expect((await db.appointment.findUniqueOrThrow({ where: { id: theirAppointment.id } })).status).toBe("BOOKED");
    await expect(selfCancel(db, theirs.scope, { appointmentId: theirAppointment.id, reason: "BETTER" })).resolves.toMatchObject({ status: "CANCELLED_BY_PATIENT" });
  });

  it("keeps a booking-reference session to its one referral, even for the same patient's others", async () => {
    const f = await createTestFixtures(db);
    const slots = await f.createSlots(4);
    const { patient, referral, entry, scope } = await patientWithReferral(f);
    const second = await f.createReferral(patient.id);
    const { appointment: onSecond } = await selfBook(db, scope, { entryId: second.waitingListEntry.id, slotId: slots[0]!.id, idempotencyKey: `k-${second.referral.id}` });
    const byReference = referenceScope({ patientId: patient.id, referralId: referral.id });

    expect((await listBookableEntries(db, byReference)).map((e) => e.id)).toEqual([entry.id]);
    await expect(selfCancel(db, byReference, { appointmentId: onSecond.id, reason: "BETTER" })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    await expect(selfReschedule(db, byReference, { appointmentId: onSecond.id, slotId: slots[2]!.id })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    const { appointment } = await selfBook(db, byReference, { entryId: entry.id, slotId: slots[2]!.id, idempotencyKey: `k-${referral.id}` });
    expect(appointment.bookingChannel).toBe("BOOKING_REFERENCE");
  });

  it("gives the last slot to one of two patients racing for it and offers the other alternatives", async () => {
    const f = await createTestFixtures(db);
    const last = await f.createSlot();
    const alternatives = [await f.createSlot({ offsetMinutes: 24 * 60 }), await f.createSlot({ offsetMinutes: 24 * 60 + 30 })];
    const [a, b] = [await patientWithReferral(f), await patientWithReferral(f)];
    const [clientA, clientB] = [database.client({ maxConnections: 3 }), database.client({ maxConnections: 3 })];

    const results = await Promise.allSettled([
      selfBook(clientA, a.scope, { entryId: a.entry.id, slotId: last.id, idempotencyKey: `k-${a.entry.id}` }),
      selfBook(clientB, b.scope, { entryId: b.entry.id, slotId: last.id, idempotencyKey: `k-${b.entry.id}` }),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(SlotTakenError);
    expect((lost?.reason as SlotTakenError).alternatives.map((s) => s.id)).toEqual(alternatives.map((s) => s.id));
    expect((await db.slot.findUniqueOrThrow({ where: { id: last.id } })).bookedCount).toBe(1);
    // The loser is still waiting and can book an alternative.
    const loser = results[0]!.status === "rejected" ? a : b;
    await expect(selfBook(db, loser.scope, { entryId: loser.entry.id, slotId: alternatives[0]!.id, idempotencyKey: `k2-${loser.entry.id}` })).resolves.toBeDefined();
  });

  it("refuses slots of staff-only types and of other services", async () => {
    const f = await createTestFixtures(db);
    const other = await createTestFixtures(db);
    const { entry, scope } = await patientWithReferral(f);
    const staffType = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "STAFF", name: "Staff only", kind: "NEW", mode: "TELEPHONE", durationMinutes: 30, patientBookable: false },
    });
    const staffOnly = await f.createSlot({ appointmentTypeId: staffType.id });
    const elsewhere = await other.createSlot();

    for (const [slotId, reason] of [[staffOnly.id, "STAFF_ONLY"], [elsewhere.id, "OTHER_SERVICE"]] as const) {
      const error = await selfBook(db, scope, { entryId: entry.id, slotId, idempotencyKey: `k-${slotId}` }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SlotNotBookableError);
      expect((error as SlotNotBookableError).reason).toBe(reason);
    }
  });

  it("cancels with a reason and frees the slot at once", async () => {
    const f = await createTestFixtures(db);
    const [slot] = await f.createSlots(1);
    const { entry, referral, scope } = await patientWithReferral(f);
    const { appointment } = await selfBook(db, scope, { entryId: entry.id, slotId: slot!.id, idempotencyKey: `k-${entry.id}` });

    const cancelled = await selfCancel(db, scope, { appointmentId: appointment.id, reason: "OTHER", details: "Moving away" });

    expect(cancelled).toMatchObject({ status: "CANCELLED_BY_PATIENT", cancelReason: "Moving away" });
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot!.id } })).bookedCount).toBe(0);
    const free = await findFreeSlots(db, { appointmentTypeId: f.appointmentType.id, from: slot!.startsAt, to: slot!.endsAt, patientBookableOnly: true });
    expect(free.map((s) => s.id)).toEqual([slot!.id]);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("ACCEPTED");
    expect((await listBookableEntries(db, scope)).map((e) => e.id)).toEqual([entry.id]);
  });

  it("reschedules to another time of the same service, and stops changes online inside the notice period", async () => {
    const f = await createTestFixtures(db);
    const [first, , third] = await f.createSlots(3);
    const { entry, scope } = await patientWithReferral(f);
    const { appointment } = await selfBook(db, scope, { entryId: entry.id, slotId: first!.id, idempotencyKey: `k-${entry.id}` });

    const { appointment: moved } = await selfReschedule(db, scope, { appointmentId: appointment.id, slotId: third!.id });
    expect(moved).toMatchObject({ slotId: third!.id, calendarUid: appointment.calendarUid, calendarSequence: 1, bookingChannel: "PATIENT_ONLINE" });

    // 23 hours before, with 24 hours' notice required: call the service instead.
    const late = new Date(moved.startsAt.getTime() - 23 * HOUR);
    const error = await selfCancel(db, scope, { appointmentId: moved.id, reason: "BETTER" }, late).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeNotAllowedError);
    expect((error as Error).message).toContain(f.service.contactPhone);
  });

  it("searches only what the patient may book: notice, horizon, mode and location", async () => {
    const f = await createTestFixtures(db);
    const now = new Date();
    const tooSoon = await f.createSlot({ startsAt: new Date(Math.ceil(now.getTime() / HOUR) * HOUR + 2 * HOUR) });
    const fine = await f.createSlot({ startsAt: new Date(Math.ceil(now.getTime() / HOUR) * HOUR + 48 * HOUR) });
    const tooFar = await f.createSlot({ startsAt: new Date(now.getTime() + 90 * 24 * HOUR) });
    await f.createSlot({ startsAt: new Date(fine.startsAt.getTime() + HOUR), patientBookable: false });
    const { entry, scope } = await patientWithReferral(f);
    const loaded = (await loadBookableEntry(db, scope, entry.id))!;
    const all = { from: londonDayOf(now), to: addDays(londonDayOf(now), 100) };

    const { slots } = await searchPatientSlots(db, loaded.bookableTypes, all, now);
    expect(slots.map((s) => s.id)).toEqual([fine.id]);
    expect(slots.map((s) => s.id)).not.toContain(tooSoon.id);
    expect(slots.map((s) => s.id)).not.toContain(tooFar.id);
    expect((await searchPatientSlots(db, loaded.bookableTypes, { ...all, mode: "VIDEO" }, now)).slots).toEqual([]);
    expect((await searchPatientSlots(db, loaded.bookableTypes, { ...all, locationId: f.location.id }, now)).slots).toHaveLength(1);
    const dayAfter = addDays(londonDayOf(fine.startsAt), 1);
    expect((await searchPatientSlots(db, loaded.bookableTypes, { from: dayAfter, to: addDays(dayAfter, 3) }, now)).slots).toEqual([]);
  });
});
