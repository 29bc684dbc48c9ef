import { describe, expect, it } from "vitest";
import type { AppointmentKind, AppointmentOutcome } from "../../platform/db/generated/enums";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { createTestPifuTemplate } from "../../pifu/test-helpers";
import { bookAppointment } from "./book-appointment";
import { RttChoiceError } from "./errors";
import { recordAttendance } from "./record-attendance";
import { recordOutcome } from "./record-outcome";
import type { RecordOutcomeInput } from "./schemas";

const db = setupTestDatabase();
const clinician = { userId: null, label: "Clinician" };

/** A patient booked from a waiting-list entry of `kind` and seen, with the clock running. */
async function seen(kind: AppointmentKind) {
  const f = await createTestFixtures(db);
  const followUpType = await db.appointmentType.create({
    data: { serviceId: f.service.id, code: "FU", name: "Follow-up", kind: "FOLLOW_UP", mode: "IN_PERSON", durationMinutes: 30 },
  });
  const patient = await f.createPatient();
  const { referral, waitingListEntry: newEntry } = await f.createReferral(patient.id);
  await db.referral.update({ where: { id: referral.id }, data: { referrerEmail: "gp@example.invalid" } });
  let entryId = newEntry.id;
  if (kind === "FOLLOW_UP") {
    await db.waitingListEntry.update({ where: { id: newEntry.id }, data: { status: "COMPLETED" } });
    await db.referral.update({ where: { id: referral.id }, data: { status: "SEEN" } });
    entryId = (await db.waitingListEntry.create({
      data: { patientId: patient.id, referralId: referral.id, serviceId: f.service.id, appointmentTypeId: followUpType.id, kind: "FOLLOW_UP", addedAt: new Date() },
    })).id;
  }
  const slot = await f.createSlot({ appointmentTypeId: kind === "FOLLOW_UP" ? followUpType.id : f.appointmentType.id });
  const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, waitingListEntryId: entryId, channel: "STAFF" }, testStaffActor);
  const now = new Date(appointment.startsAt.getTime() + 40 * 60_000);
  await recordAttendance(db, { appointmentId: appointment.id, status: "SEEN" }, clinician, { now });
  return { f, patient, referral, entryId, appointment, now, followUpType };
}

const extra: Record<AppointmentOutcome, Partial<RecordOutcomeInput>> = {
  DISCHARGED: {},
  FOLLOW_UP: { weeks: 6 },
  PATIENT_INITIATED_FOLLOW_UP: { period: "TEMPLATE", rttStatus: "30" },
  ADDED_TO_TREATMENT_LIST: {},
  REFERRED_ELSEWHERE: {},
};

type Row = {
  /** PIFU rows: the clinician confirms 30 in the PIFU fields. */
  outcome: AppointmentOutcome;
  kind: AppointmentKind;
  referral: string;
  rtt: string;
  clock: "running" | "stopped";
  newEntry: boolean;
  pifu: boolean;
  messages: string[];
};

const rows: Row[] = [
  { outcome: "DISCHARGED", kind: "NEW", referral: "DISCHARGED", rtt: "34", clock: "stopped", newEntry: false, pifu: false, messages: ["referral-discharged", "referral-discharged-to-referrer"] },
  { outcome: "DISCHARGED", kind: "FOLLOW_UP", referral: "DISCHARGED", rtt: "30", clock: "stopped", newEntry: false, pifu: false, messages: ["referral-discharged", "referral-discharged-to-referrer"] },
  { outcome: "FOLLOW_UP", kind: "NEW", referral: "SEEN", rtt: "20", clock: "running", newEntry: true, pifu: false, messages: ["referral-follow-up"] },
  { outcome: "FOLLOW_UP", kind: "FOLLOW_UP", referral: "SEEN", rtt: "20", clock: "running", newEntry: true, pifu: false, messages: ["referral-follow-up"] },
  { outcome: "PATIENT_INITIATED_FOLLOW_UP", kind: "NEW", referral: "ON_PIFU", rtt: "30", clock: "stopped", newEntry: false, pifu: true, messages: [] },
  { outcome: "PATIENT_INITIATED_FOLLOW_UP", kind: "FOLLOW_UP", referral: "ON_PIFU", rtt: "30", clock: "stopped", newEntry: false, pifu: true, messages: [] },
  { outcome: "ADDED_TO_TREATMENT_LIST", kind: "NEW", referral: "SEEN", rtt: "20", clock: "running", newEntry: true, pifu: false, messages: ["referral-treatment-list"] },
  { outcome: "ADDED_TO_TREATMENT_LIST", kind: "FOLLOW_UP", referral: "SEEN", rtt: "20", clock: "running", newEntry: true, pifu: false, messages: ["referral-treatment-list"] },
  { outcome: "REFERRED_ELSEWHERE", kind: "NEW", referral: "CLOSED", rtt: "21", clock: "running", newEntry: false, pifu: false, messages: ["referral-referred-elsewhere"] },
  { outcome: "REFERRED_ELSEWHERE", kind: "FOLLOW_UP", referral: "CLOSED", rtt: "21", clock: "running", newEntry: false, pifu: false, messages: ["referral-referred-elsewhere"] },
];

describe("an outcome moves the whole pathway on in one transaction", () => {
  it.each(rows)("$outcome at a $kind appointment: referral $referral, RTT $rtt proposed and recorded", async (row) => {
    const p = await seen(row.kind);
    // Seen: the entry's wait is over and the clinician has an outcome to record.
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.entryId } })).status).toBe("COMPLETED");
    expect(await db.worklistTask.count({ where: { appointmentId: p.appointment.id, kind: "RECORD_OUTCOME", status: "OPEN" } })).toBe(1);

    const pifu = row.pifu ? { templateId: (await createTestPifuTemplate(db, p.f.service.id)).id } : {};
    const input = { appointmentId: p.appointment.id, outcome: row.outcome, ...extra[row.outcome], ...pifu } as RecordOutcomeInput;
    const result = await recordOutcome(db, input, clinician, { now: p.now });

    // PIFU records the status the clinician confirmed in its own fields (server/pifu).
    expect(result.rttStatus).toBe(row.pifu ? null : row.rtt);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: p.appointment.id } })).outcome).toBe(row.outcome);
    const referral = await db.referral.findUniqueOrThrow({ where: { id: p.referral.id } });
    expect(referral.status).toBe(row.referral);
    expect(referral.rttStatusCode).toBe(row.rtt);
    expect(referral.rttClockStopAt === null).toBe(row.clock === "running");
    const events = await db.rttEvent.findMany({ where: { referralId: p.referral.id }, orderBy: { occurredAt: "asc" } });
    expect(events.at(-1)).toMatchObject({ code: row.rtt, occurredAt: row.pifu ? p.now : p.appointment.startsAt });

    const waiting = await db.waitingListEntry.findMany({ where: { referralId: p.referral.id, status: "WAITING" } });
    expect(waiting.length).toBe(row.newEntry ? 1 : 0);
    if (row.newEntry) expect(waiting[0]).toMatchObject({ kind: "FOLLOW_UP", appointmentTypeId: p.followUpType.id });
    expect(await db.pifuPathway.count({ where: { referralId: p.referral.id, status: "ACTIVE" } })).toBe(row.pifu ? 1 : 0);

    expect(await db.worklistTask.count({ where: { appointmentId: p.appointment.id, kind: "RECORD_OUTCOME", status: { not: "DONE" } } })).toBe(0);
    const messages = await db.message.findMany({ where: { referralId: p.referral.id, template: { startsWith: "referral-" } }, select: { template: true } });
    expect(messages.map((m) => m.template).sort()).toEqual([...row.messages].sort());
    expect(await db.auditEvent.count({ where: { entityId: p.appointment.id, action: "appointment.outcome_recorded" } })).toBe(1);
  });

  it("the clinician can change the proposed status to another allowed one, and a status not offered changes nothing", async () => {
    const p = await seen("NEW");
    await expect(recordOutcome(db, { appointmentId: p.appointment.id, outcome: "DISCHARGED", outcomeRttStatus: "20" }, clinician, { now: p.now })).rejects.toBeInstanceOf(RttChoiceError);
    const untouched = await db.appointment.findUniqueOrThrow({ where: { id: p.appointment.id } });
    expect(untouched.outcome).toBeNull();
    expect((await db.referral.findUniqueOrThrow({ where: { id: p.referral.id } })).status).toBe("SEEN");

    const result = await recordOutcome(db, { appointmentId: p.appointment.id, outcome: "DISCHARGED", outcomeRttStatus: "30" }, clinician, { now: p.now });
    expect(result.rttStatus).toBe("30");
  });

  it("records no RTT status once the clock has stopped", async () => {
    const p = await seen("FOLLOW_UP");
    await db.rttEvent.create({ data: { referralId: p.referral.id, code: "30", occurredAt: new Date(p.appointment.startsAt.getTime() - 60_000) } });
    await db.referral.update({ where: { id: p.referral.id }, data: { rttStatusCode: "30", rttClockStopAt: new Date(p.appointment.startsAt.getTime() - 60_000) } });
    const result = await recordOutcome(db, { appointmentId: p.appointment.id, outcome: "FOLLOW_UP", weeks: 4 }, clinician, { now: p.now });
    expect(result.rttStatus).toBeNull();
    expect(await db.rttEvent.count({ where: { referralId: p.referral.id } })).toBe(2);
  });
});
