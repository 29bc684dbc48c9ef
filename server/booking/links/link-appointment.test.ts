import { describe, expect, it } from "vitest";
import { bookAppointment } from "../core/book-appointment";
import { AppointmentNotFoundError } from "../core/errors";
import { selfCancel, selfReschedule } from "../self-service/self-book";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { createBookingLinkToken } from "./booking-link";
import { confirmAttendance, loadLinkedAppointment, rescheduledTo } from "./link-appointment";

const db = setupTestDatabase();
const secret = "a-test-secret-that-is-long-enough-123456";

async function twoBookedPatients() {
  const f = await createTestFixtures(db);
  const slots = await f.createSlots(4);
  const [a, b] = await f.createPatients(2);
  const refA = await f.createReferral(a!.id);
  const { appointment: mine } = await bookAppointment(db, { slotId: slots[0]!.id, patientId: a!.id, waitingListEntryId: refA.waitingListEntry.id, channel: "STAFF" }, testStaffActor);
  const { appointment: theirs } = await bookAppointment(db, { slotId: slots[1]!.id, patientId: b!.id, channel: "STAFF" }, testStaffActor);
  return { slots, mine, theirs };
}

describe("signed reminder links", () => {
  it("open only their own appointment, and act on nothing else", async () => {
    const { slots, mine, theirs } = await twoBookedPatients();
    const now = new Date();
    const token = createBookingLinkToken({ appointmentId: mine.id, action: "cancel", expiresAt: mine.startsAt }, secret);

    const linked = await loadLinkedAppointment(db, token, secret, now);
    if (!linked.ok) throw new Error("link should open");
    expect(linked.appointment.id).toBe(mine.id);

    await expect(selfCancel(db, linked.scope, { appointmentId: theirs.id, reason: "BETTER" })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    await expect(selfReschedule(db, linked.scope, { appointmentId: theirs.id, slotId: slots[2]!.id })).rejects.toBeInstanceOf(AppointmentNotFoundError);
    expect(await confirmAttendance(db, linked.scope, theirs.id)).toBe("not-booked");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("BOOKED");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: theirs.id } })).patientConfirmedAt).toBeNull();
    // A token whose id was swapped for theirs does not verify.
    expect(await loadLinkedAppointment(db, token.replace(mine.id, theirs.id), secret, now)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("record a confirmation once, with an audit event", async () => {
    const { mine } = await twoBookedPatients();
    const token = createBookingLinkToken({ appointmentId: mine.id, action: "confirm", expiresAt: mine.startsAt }, secret);
    const linked = await loadLinkedAppointment(db, token, secret, new Date());
    if (!linked.ok) throw new Error("link should open");

    expect(await confirmAttendance(db, linked.scope, mine.id)).toBe("confirmed");
    expect(await confirmAttendance(db, linked.scope, mine.id)).toBe("already-confirmed");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: mine.id } })).patientConfirmedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: mine.id, action: "appointment.confirmed-by-patient" } })).toBe(1);
  });

  it("let the patient move their appointment, then show where it went", async () => {
    const { slots, mine } = await twoBookedPatients();
    const token = createBookingLinkToken({ appointmentId: mine.id, action: "change", expiresAt: mine.startsAt }, secret);
    const linked = await loadLinkedAppointment(db, token, secret, new Date());
    if (!linked.ok) throw new Error("link should open");

    const { appointment } = await selfReschedule(db, linked.scope, { appointmentId: mine.id, slotId: slots[3]!.id });
    expect((await rescheduledTo(db, mine.id, mine.patientId))?.id).toBe(appointment.id);
    // The link does not reach the new appointment itself.
    await expect(selfCancel(db, linked.scope, { appointmentId: appointment.id, reason: "BETTER" })).rejects.toBeInstanceOf(AppointmentNotFoundError);
  });
});
