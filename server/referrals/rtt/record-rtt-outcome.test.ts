import { describe, expect, it } from "vitest";
import { bookAppointment } from "../../booking/core/book-appointment";
import { createReferral } from "../create-referral";
import { RttEventNotAllowedError } from "../errors";
import { triageReferral } from "../triage-referral";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { availableRttOutcomes, recordRttOutcome } from "./record-rtt-outcome";

const db = setupTestDatabase();
const DAY = 86_400_000;

/** An accepted referral received 30 days ago, with a slot ready to book. */
async function acceptedPathway(options: { childDateOfBirth?: boolean } = {}) {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient(options.childDateOfBirth ? { dateOfBirth: new Date("2020-06-01T00:00:00Z") } : {});
  const { referral } = await createReferral(
    db,
    { patient: { nhsNumber: patient.nhsNumber }, serviceCode: f.service.code, source: "GP", referrerName: "Dr R", receivedAt: new Date(Date.now() - 30 * DAY), priority: "ROUTINE", reason: "Pain" },
    testStaffActor,
  );
  const { waitingListEntryId } = await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority: "ROUTINE" }, testStaffActor);
  return { f, patient, referral, waitingListEntryId: waitingListEntryId! };
}

/** Books the patient and then records that they did not come (as the booking centre would, after the time). */
async function missedAppointment(p: Awaited<ReturnType<typeof acceptedPathway>>, options: { channel: "STAFF" | "PATIENT_ONLINE"; confirmationSent?: boolean; status?: "DID_NOT_ATTEND" | "WAS_NOT_BROUGHT"; offsetMinutes?: number; withEntry?: boolean }) {
  const slot = await p.f.createSlot({ offsetMinutes: options.offsetMinutes ?? 0 });
  const { appointment } = await bookAppointment(
    db,
    { slotId: slot.id, patientId: p.patient.id, referralId: p.referral.id, ...(options.withEntry === false ? {} : { waitingListEntryId: p.waitingListEntryId }), channel: options.channel },
    testStaffActor,
  );
  if (options.confirmationSent) await db.message.updateMany({ where: { appointmentId: appointment.id }, data: { status: "SENT", sentAt: new Date() } });
  await db.appointment.update({ where: { id: appointment.id }, data: { status: options.status ?? "DID_NOT_ATTEND" } });
  return appointment;
}

const referralClock = (id: string) => db.referral.findUniqueOrThrow({ where: { id }, select: { status: true, rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true } });

describe("recordRttOutcome: the RTT rules on a real pathway", () => {
  it.each([
    { outcome: "TREATMENT_STARTED", code: "30", status: "ACCEPTED" },
    { outcome: "ACTIVE_MONITORING_PATIENT", code: "31", status: "ACCEPTED" },
    { outcome: "ACTIVE_MONITORING_CLINICIAN", code: "32", status: "ACCEPTED" },
    { outcome: "DECISION_NOT_TO_TREAT", code: "34", status: "ACCEPTED" },
    { outcome: "DISCHARGED", code: "34", status: "DISCHARGED" },
    { outcome: "PATIENT_DECLINED", code: "35", status: "CLOSED" },
    { outcome: "PATIENT_DIED", code: "36", status: "CLOSED" },
  ] as const)("$outcome stops the clock with $code", async ({ outcome, code, status }) => {
    const p = await acceptedPathway();
    const result = await recordRttOutcome(db, { referralId: p.referral.id, outcome }, testStaffActor);
    expect(result.code).toBe(code);
    const after = await referralClock(p.referral.id);
    expect(after).toMatchObject({ rttStatusCode: code, status, rttClockStartAt: p.referral.rttClockStartAt });
    expect(after.rttClockStopAt).toBeInstanceOf(Date);
    const entry = await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.waitingListEntryId } });
    expect(entry.status).toBe(status === "ACCEPTED" ? "WAITING" : "REMOVED");
    if (outcome === "PATIENT_DIED") expect((await db.patient.findUniqueOrThrow({ where: { id: p.patient.id } })).diedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: p.referral.id, action: "referral.rtt_recorded" } })).toBe(1);
  });

  it("refuses a second stop, and a date before the last status", async () => {
    const p = await acceptedPathway();
    await recordRttOutcome(db, { referralId: p.referral.id, outcome: "TREATMENT_STARTED" }, testStaffActor);
    await expect(recordRttOutcome(db, { referralId: p.referral.id, outcome: "PATIENT_DECLINED" }, testStaffActor)).rejects.toThrow(RttEventNotAllowedError);
    const q = await acceptedPathway();
    const longAgo = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    await expect(recordRttOutcome(db, { referralId: q.referral.id, outcome: "TREATMENT_STARTED", date: longAgo }, testStaffActor)).rejects.toThrow(/before the last status/);
    expect((await referralClock(q.referral.id)).rttStatusCode).toBe("20");
  });

  it("a DNA at the first appointment the patient booked themselves nullifies the clock; coming back starts a new one", async () => {
    const p = await acceptedPathway();
    const appointment = await missedAppointment(p, { channel: "PATIENT_ONLINE" });
    const result = await recordRttOutcome(db, { referralId: p.referral.id, outcome: "MISSED_FIRST_APPOINTMENT", appointmentId: appointment.id }, testStaffActor, { now: new Date(appointment.startsAt.getTime() + DAY) });
    expect(result).toMatchObject({ code: "33", explanation: expect.stringMatching(/nullified/) });
    expect(await referralClock(p.referral.id)).toMatchObject({ rttStatusCode: "33", rttClockStopAt: appointment.startsAt });

    const restart = await recordRttOutcome(db, { referralId: p.referral.id, outcome: "NEW_CLOCK" }, testStaffActor, { now: new Date(appointment.startsAt.getTime() + 2 * DAY) });
    expect(restart.code).toBe("10");
    const after = await referralClock(p.referral.id);
    expect(after).toMatchObject({ rttStatusCode: "10", rttClockStopAt: null });
    expect(after.rttClockStartAt!.getTime()).toBe(appointment.startsAt.getTime() + 2 * DAY);
  });

  it("a DNA at a first appointment booked by staff nullifies only if a confirmation was sent before it", async () => {
    const silent = await acceptedPathway();
    const unconfirmed = await missedAppointment(silent, { channel: "STAFF" });
    const continues = await recordRttOutcome(db, { referralId: silent.referral.id, outcome: "MISSED_FIRST_APPOINTMENT", appointmentId: unconfirmed.id }, testStaffActor, { now: new Date(unconfirmed.startsAt.getTime() + DAY) });
    expect(continues).toMatchObject({ code: "20", explanation: expect.stringMatching(/clearly communicated/) });
    expect(await referralClock(silent.referral.id)).toMatchObject({ rttStatusCode: "20", rttClockStopAt: null });

    const told = await acceptedPathway();
    const confirmed = await missedAppointment(told, { channel: "STAFF", confirmationSent: true });
    const nullified = await recordRttOutcome(db, { referralId: told.referral.id, outcome: "MISSED_FIRST_APPOINTMENT", appointmentId: confirmed.id }, testStaffActor, { now: new Date(confirmed.startsAt.getTime() + DAY) });
    expect(nullified.code).toBe("33");
  });

  it("a DNA at a later appointment, or a child not brought, never nullifies the clock", async () => {
    const p = await acceptedPathway();
    const first = await missedAppointment(p, { channel: "PATIENT_ONLINE", status: "DID_NOT_ATTEND" });
    await db.appointment.update({ where: { id: first.id }, data: { status: "SEEN" } });
    const second = await missedAppointment(p, { channel: "PATIENT_ONLINE", offsetMinutes: 24 * 60, withEntry: false });
    const later = await recordRttOutcome(db, { referralId: p.referral.id, outcome: "MISSED_FIRST_APPOINTMENT", appointmentId: second.id }, testStaffActor, { now: new Date(second.startsAt.getTime() + DAY) });
    expect(later).toMatchObject({ code: "20", explanation: expect.stringMatching(/only a missed first appointment/) });

    const child = await acceptedPathway({ childDateOfBirth: true });
    const notBrought = await missedAppointment(child, { channel: "PATIENT_ONLINE", status: "WAS_NOT_BROUGHT" });
    const safeguarding = await recordRttOutcome(db, { referralId: child.referral.id, outcome: "MISSED_FIRST_APPOINTMENT", appointmentId: notBrought.id }, testStaffActor, { now: new Date(notBrought.startsAt.getTime() + DAY) });
    expect(safeguarding).toMatchObject({ code: "20", explanation: expect.stringMatching(/safeguarding/) });
  });

  it("active monitoring ending starts a new clock with 11", async () => {
    const p = await acceptedPathway();
    await recordRttOutcome(db, { referralId: p.referral.id, outcome: "ACTIVE_MONITORING_CLINICIAN" }, testStaffActor);
    const restart = await recordRttOutcome(db, { referralId: p.referral.id, outcome: "NEW_CLOCK" }, testStaffActor, { now: new Date(Date.now() + 1000) });
    expect(restart.code).toBe("11");
    expect(await referralClock(p.referral.id)).toMatchObject({ rttStatusCode: "11", rttClockStopAt: null });
  });
});

describe("availableRttOutcomes", () => {
  const offered = (clock: Parameters<typeof availableRttOutcomes>[0], missed = false) => availableRttOutcomes(clock, missed).map((o) => o.value);
  it("offers the stops while the clock runs, and the missed appointment only when there is one", () => {
    expect(offered({ state: "running", statusCode: "20" })).toEqual(["TREATMENT_STARTED", "ACTIVE_MONITORING_PATIENT", "ACTIVE_MONITORING_CLINICIAN", "DECISION_NOT_TO_TREAT", "DISCHARGED", "PATIENT_DECLINED", "PATIENT_DIED"]);
    expect(offered({ state: "running", statusCode: "20" }, true)).toContain("MISSED_FIRST_APPOINTMENT");
  });
  it("offers a new clock only after a nullified clock or active monitoring, and nothing after treatment", () => {
    expect(offered({ state: "nullified", statusCode: "33" })).toEqual(["NEW_CLOCK"]);
    expect(offered({ state: "stopped", statusCode: "32" })).toEqual(["NEW_CLOCK"]);
    expect(offered({ state: "stopped", statusCode: "30" })).toEqual([]);
  });
});
