import { describe, expect, it } from "vitest";
import { bookAppointment } from "../core/book-appointment";
import { cancelAppointment } from "../core/cancel-appointment";
import { rescheduleAppointment } from "../core/reschedule-appointment";
import { verifyBookingLinkToken } from "../links/booking-link";
import { sendMessage } from "../../messages/send-message";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { fakeMailer, testMessageContext } from "../../platform/testing/message-context";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { reminderJobKey, REMINDER_QUEUE } from "./schedule-reminders";
import { queueAppointmentReminder } from "./send-reminder";

const db = setupTestDatabase();
const DAY = 86_400_000;

async function bookDaysAhead(days: number) {
  const f = await createTestFixtures(db);
  const now = new Date();
  const slot = await f.createSlot({ startsAt: new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000 + days * DAY) });
  const spare = await f.createSlot({ startsAt: new Date(slot.startsAt.getTime() + 2 * DAY) });
  const patient = await f.createPatient();
  const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, channel: "STAFF" }, testStaffActor, { now });
  return { f, now, slot, spare, patient, appointment };
}

function reminderJobs(appointmentId: string) {
  return db.job.findMany({ where: { queue: REMINDER_QUEUE, uniqueKey: { startsWith: `${REMINDER_QUEUE}:${appointmentId}:` } }, orderBy: { runAt: "asc" } });
}

describe("appointment reminders", () => {
  it("are queued at booking as jobs for 7 and 2 days before, one per reminder", async () => {
    const { appointment } = await bookDaysAhead(10);
    const jobs = await reminderJobs(appointment.id);
    expect(jobs.map((j) => j.uniqueKey)).toEqual([reminderJobKey(appointment.id, 7), reminderJobKey(appointment.id, 2)]);
    expect(jobs.map((j) => j.runAt)).toEqual([new Date(appointment.startsAt.getTime() - 7 * DAY), new Date(appointment.startsAt.getTime() - 2 * DAY)]);
    expect(jobs.map((j) => j.payload)).toEqual([{ appointmentId: appointment.id, daysBefore: 7 }, { appointmentId: appointment.id, daysBefore: 2 }]);
  });

  it("are not queued for a time already passed", async () => {
    const { appointment } = await bookDaysAhead(3);
    expect((await reminderJobs(appointment.id)).map((j) => j.uniqueKey)).toEqual([reminderJobKey(appointment.id, 2)]);
  });

  it("put one reminder in the outbox when due, with signed links for this appointment", async () => {
    const { appointment, patient } = await bookDaysAhead(10);
    const at = new Date(appointment.startsAt.getTime() - 7 * DAY);

    expect(await queueAppointmentReminder(db, { appointmentId: appointment.id, daysBefore: 7 }, at)).toBe("queued");
    expect(await queueAppointmentReminder(db, { appointmentId: appointment.id, daysBefore: 7 }, at)).toBe("already-queued");

    const messages = await db.message.findMany({ where: { appointmentId: appointment.id, template: "appointment-reminder" } });
    expect(messages).toHaveLength(1);
    const mailer = fakeMailer();
    const ctx = testMessageContext(at);
    await sendMessage(db, messages[0]!.id, ctx, mailer.send);
    const email = mailer.sent[0]!;
    expect(email.to).toBe(patient.email);
    expect(email.subject).toMatch(/^Reminder: your appointment on /);
    expect(email.text).toContain("reminder of your appointment in 7 days");
    const links = [...email.text.matchAll(/http:\/\/frontdoor\.test\/appointment-link\/(\S+)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(3);
    const checked = links.map((token) => verifyBookingLinkToken(token, ctx.secret, at));
    expect(checked.map((c) => (c.ok ? [c.link.appointmentId, c.link.action, c.link.expiresAt] : c.reason))).toEqual([
      [appointment.id, "confirm", appointment.startsAt],
      [appointment.id, "change", appointment.startsAt],
      [appointment.id, "cancel", appointment.startsAt],
    ]);
  });

  it("are skipped once the appointment is cancelled", async () => {
    const { appointment } = await bookDaysAhead(10);
    await cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "PATIENT", reason: "Going on holiday" }, testStaffActor);

    const at = new Date(appointment.startsAt.getTime() - 7 * DAY);
    expect(await queueAppointmentReminder(db, { appointmentId: appointment.id, daysBefore: 7 }, at)).toBe("skipped");
    expect(await db.message.count({ where: { appointmentId: appointment.id, template: "appointment-reminder" } })).toBe(0);
  });

  it("follow a rescheduled appointment to its new time, and the old time's are skipped", async () => {
    const { appointment, spare } = await bookDaysAhead(10);
    const { appointment: moved } = await rescheduleAppointment(db, { appointmentId: appointment.id, newSlotId: spare.id, requestedBy: "PATIENT", channel: "STAFF" }, testStaffActor);

    expect((await reminderJobs(moved.id)).map((j) => j.runAt)).toEqual([new Date(spare.startsAt.getTime() - 7 * DAY), new Date(spare.startsAt.getTime() - 2 * DAY)]);
    const oldTime = new Date(appointment.startsAt.getTime() - 7 * DAY);
    expect(await queueAppointmentReminder(db, { appointmentId: appointment.id, daysBefore: 7 }, oldTime)).toBe("skipped");
  });

  it("are not sent if the appointment was cancelled after the reminder was queued", async () => {
    const { appointment } = await bookDaysAhead(10);
    const at = new Date(appointment.startsAt.getTime() - 2 * DAY);
    await queueAppointmentReminder(db, { appointmentId: appointment.id, daysBefore: 2 }, at);
    await cancelAppointment(db, { appointmentId: appointment.id, requestedBy: "HOSPITAL", reason: "Clinician unwell" }, testStaffActor);
    const reminder = await db.message.findFirstOrThrow({ where: { appointmentId: appointment.id, template: "appointment-reminder" } });
    const mailer = fakeMailer();

    expect(await sendMessage(db, reminder.id, testMessageContext(at), mailer.send)).toBe("not-applicable");
    expect(mailer.sent).toHaveLength(0);
  });
});
