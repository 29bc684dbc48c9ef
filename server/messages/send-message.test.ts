import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { cancelAppointment } from "../booking/core/cancel-appointment";
import { rescheduleAppointment } from "../booking/core/reschedule-appointment";
import { parseIcs, parseUtcStamp } from "../booking/calendar/parse-ics";
import { createTestFixtures, testStaffActor } from "../platform/testing/fixtures";
import { fakeMailer, testMessageContext } from "../platform/testing/message-context";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { formatDateTime } from "../platform/time/london";
import { moveToRebooking } from "../scheduling/move-to-rebooking";
import { sendMessage } from "./send-message";

const database = setupTestDatabaseHandle();
const db = database.db;

async function bookedAppointment(patientInput: Parameters<Awaited<ReturnType<typeof createTestFixtures>>["createPatient"]>[0] = {}) {
  const f = await createTestFixtures(db);
  const [slots, patient] = [await f.createSlots(3), await f.createPatient(patientInput)];
  const { waitingListEntry } = await f.createReferral(patient.id);
  const { appointment } = await bookAppointment(db, { slotId: slots[0]!.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" }, testStaffActor);
  return { f, slots, patient, appointment };
}

async function messageFor(appointmentId: string, template: string) {
  return db.message.findFirstOrThrow({ where: { appointmentId, template }, orderBy: { createdAt: "desc" } });
}

describe("sendMessage", () => {
  it("emails a confirmation with everything the patient needs and an .ics for the appointment", async () => {
    const { f, patient, appointment } = await bookedAppointment();
    const mailer = fakeMailer();
    const message = await messageFor(appointment.id, "appointment-confirmation");

    expect(await sendMessage(db, message.id, testMessageContext(), mailer.send)).toBe("sent");

    expect(mailer.sent).toHaveLength(1);
    const email = mailer.sent[0]!;
    expect(email).toMatchObject({ to: patient.email, subject: "Your appointment is booked", messageId: `<${message.id}@front-door.nhs.invalid>` });
    expect(email.text).toContain(`${formatDateTime(appointment.startsAt)} (UK time)`);
    expect(email.text).toContain(f.location.name);
    expect(email.text).toContain(f.clinician.name);
    expect(email.text).toContain(f.service.contactPhone);
    expect(email.html).toContain("Your appointment is booked");
    const ics = parseIcs(String(email.attachments?.[0]?.content));
    expect(email.attachments?.[0]?.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(ics.method).toBe("REQUEST");
    expect(ics.event.UID?.value).toBe(appointment.calendarUid);
    expect(ics.event.SEQUENCE?.value).toBe("0");
    expect(parseUtcStamp(ics.event.DTSTART!.value)).toEqual(appointment.startsAt);
    expect(parseUtcStamp(ics.event.DTEND!.value)).toEqual(appointment.endsAt);

    const sent = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(sent.sentAt).not.toBeNull();
  });

  it("never sends a message twice, one call after another or two at once", async () => {
    const { appointment } = await bookedAppointment();
    const message = await messageFor(appointment.id, "appointment-confirmation");
    const mailer = fakeMailer();
    const [first, second] = [database.client({ maxConnections: 2 }), database.client({ maxConnections: 2 })];

    const outcomes = await Promise.all([sendMessage(first, message.id, testMessageContext(), mailer.send), sendMessage(second, message.id, testMessageContext(), mailer.send)]);
    const again = await sendMessage(db, message.id, testMessageContext(), mailer.send);

    // The loser finds it claimed (still sending) or already sent, depending on timing.
    expect(outcomes).toContain("sent");
    expect(outcomes.filter((o) => o === "in-progress" || o === "already-done")).toHaveLength(1);
    expect(again).toBe("already-done");
    expect(mailer.sent).toHaveLength(1);
  });

  it("records a failure and throws so the queue retries; the retry sends it", async () => {
    const { appointment } = await bookedAppointment();
    const message = await messageFor(appointment.id, "appointment-confirmation");
    const mailer = fakeMailer();
    mailer.failNext();

    await expect(sendMessage(db, message.id, testMessageContext(), mailer.send)).rejects.toThrow("SMTP connection refused");
    const failed = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    // A code and a reference, never the mail server's words (they can quote the patient's address).
    expect(failed.lastError).toMatch(/^Error \(ref [0-9a-f-]{36}\)$/);
    expect(failed.lastError).not.toContain("SMTP connection refused");

    expect(await sendMessage(db, message.id, testMessageContext(), mailer.send)).toBe("sent");
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(mailer.sent).toHaveLength(1);
  });

  it("queues one large-print letter, and no email, for a patient who asked for post", async () => {
    const { appointment, patient } = await bookedAppointment({ preferredContact: "POST", communicationNeeds: ["LARGE_PRINT"] });
    const message = await messageFor(appointment.id, "appointment-confirmation");
    expect(message.channel).toBe("LETTER");
    const mailer = fakeMailer();

    expect(await sendMessage(db, message.id, testMessageContext(), mailer.send)).toBe("letter-queued");
    await sendMessage(db, message.id, testMessageContext(), mailer.send);

    expect(mailer.sent).toHaveLength(0);
    const letters = await db.letter.findMany({ where: { messageId: message.id } });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ patientId: patient.id, template: "appointment-confirmation", status: "PENDING", largePrint: true });
  });

  it("falls back to email when a patient prefers SMS (no SMS gateway is connected)", async () => {
    const { appointment, patient } = await bookedAppointment({ preferredContact: "SMS", mobile: "07700 900123" });
    const message = await messageFor(appointment.id, "appointment-confirmation");
    expect(message.channel).toBe("SMS");
    const mailer = fakeMailer();

    expect(await sendMessage(db, message.id, testMessageContext(), mailer.send)).toBe("sent");
    expect(mailer.sent[0]?.to).toBe(patient.email);
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", channel: "EMAIL", toAddress: patient.email });
  });

  it("does not send a confirmation for an appointment cancelled before it went out; the cancellation removes the calendar event", async () => {
    const { appointment } = await bookedAppointment();
    await cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "PATIENT", reason: "Feeling better" }, testStaffActor);
    const mailer = fakeMailer();

    expect(await sendMessage(db, (await messageFor(appointment.id, "appointment-confirmation")).id, testMessageContext(), mailer.send)).toBe("not-applicable");
    expect(await sendMessage(db, (await messageFor(appointment.id, "appointment-cancellation")).id, testMessageContext(), mailer.send)).toBe("sent");

    expect(mailer.sent.map((e) => e.subject)).toEqual(["Your appointment has been cancelled"]);
    const ics = parseIcs(String(mailer.sent[0]!.attachments?.[0]?.content));
    expect(ics.method).toBe("CANCEL");
    expect(ics.event.UID?.value).toBe(appointment.calendarUid);
    expect(ics.event.SEQUENCE?.value).toBe("1");
    expect(ics.event.STATUS?.value).toBe("CANCELLED");
  });

  it("moves the same calendar event when an appointment is rescheduled (same UID, higher SEQUENCE)", async () => {
    const { slots, appointment } = await bookedAppointment();
    const { appointment: moved } = await rescheduleAppointment(db, { appointmentId: appointment.id, newSlotId: slots[2]!.id, requestedBy: "PATIENT", channel: "STAFF" }, testStaffActor);
    const mailer = fakeMailer();

    await sendMessage(db, (await messageFor(moved.id, "appointment-confirmation")).id, testMessageContext(), mailer.send);

    expect(mailer.sent[0]?.subject).toBe("Your appointment has been changed");
    const ics = parseIcs(String(mailer.sent[0]!.attachments?.[0]?.content));
    expect(ics.event.UID?.value).toBe(appointment.calendarUid);
    expect(ics.event.SEQUENCE?.value).toBe("1");
    expect(parseUtcStamp(ics.event.DTSTART!.value)).toEqual(slots[2]!.startsAt);
  });

  it("tells the patient when the clinic cannot go ahead, and removes the calendar event", async () => {
    const { appointment } = await bookedAppointment();
    await db.$transaction((tx) => moveToRebooking(tx, [{ slotId: appointment.slotId, reason: "Clinic closed for training" }], testStaffActor));
    const mailer = fakeMailer();

    await sendMessage(db, (await messageFor(appointment.id, "appointment-needs-rebooking")).id, testMessageContext(), mailer.send);

    expect(mailer.sent[0]?.subject).toBe("We need to change your appointment");
    expect(mailer.sent[0]?.text).toContain("Reason: Clinic closed for training");
    const ics = parseIcs(String(mailer.sent[0]!.attachments?.[0]?.content));
    expect([ics.method, ics.event.UID?.value]).toEqual(["CANCEL", appointment.calendarUid]);
  });

  it("sends referral messages from their stored payload", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral } = await f.createReferral(patient.id);
    const message = await db.message.create({
      data: {
        patientId: patient.id,
        referralId: referral.id,
        channel: "EMAIL",
        template: "referral-accepted",
        toAddress: patient.email!,
        subject: "Your referral has been accepted",
        payload: { patientName: "Test Patient", serviceName: f.service.name, contactPhone: "0300 000 0000", trackerPath: `/patient/referrals/${referral.id}`, bookingReference: "K7MX4PQA" },
      },
    });
    const mailer = fakeMailer();

    expect(await sendMessage(db, message.id, testMessageContext(), mailer.send)).toBe("sent");
    expect(mailer.sent[0]).toMatchObject({ to: patient.email, subject: "Your referral has been accepted" });
    expect(mailer.sent[0]!.text).toContain("K7MX4PQA");
  });
});
