import { addWeeks, format } from "date-fns";
import { describe, expect, it } from "vitest";
import { inLondon } from "../../platform/time/london";
import { createTestFixtures, testStaffActor, type TestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { OutcomeNotAllowedError } from "./errors";
import { recordAttendance } from "./record-attendance";
import { recordOutcome } from "./record-outcome";
import { createTestPifuTemplate, startTestClock } from "../../pifu/test-helpers";

const db = setupTestDatabase();
const clinicianActor = { userId: null, label: "Clinician" };

let offset = 0;
async function seenAppointment(f: TestFixtures) {
  const slot = await f.createSlot({ offsetMinutes: (offset += 60) });
  const patient = await f.createPatient();
  const { referral } = await f.createReferral(patient.id);
  const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, referralId: referral.id, channel: "STAFF" }, testStaffActor);
  const now = new Date(appointment.startsAt.getTime() + 20 * 60_000);
  await recordAttendance(db, { appointmentId: appointment.id, status: "SEEN" }, clinicianActor, { now });
  return { appointment, referralId: referral.id, now };
}

describe("recordOutcome", () => {
  it("discharge closes the referral, once", async () => {
    const f = await createTestFixtures(db);
    const { appointment, referralId } = await seenAppointment(f);

    const result = await recordOutcome(db, { appointmentId: appointment.id, outcome: "DISCHARGED", note: "Back to GP" }, clinicianActor);

    expect(result.appointment).toMatchObject({ outcome: "DISCHARGED", outcomeNote: "Back to GP" });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("DISCHARGED");
    await expect(recordOutcome(db, { appointmentId: appointment.id, outcome: "DISCHARGED" }, clinicianActor)).rejects.toBeInstanceOf(
      OutcomeNotAllowedError,
    );
  });

  it("follow-up in N weeks puts the patient on the follow-up list, due N weeks after the appointment", async () => {
    const f = await createTestFixtures(db);
    const followUpType = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "FU", name: "Follow-up", kind: "FOLLOW_UP", mode: "IN_PERSON", durationMinutes: 15 },
    });
    const { appointment, referralId } = await seenAppointment(f);

    const { waitingListEntry } = await recordOutcome(db, { appointmentId: appointment.id, outcome: "FOLLOW_UP", weeks: 6 }, clinicianActor);

    const due = format(addWeeks(inLondon(appointment.startsAt), 6), "yyyy-MM-dd");
    expect(waitingListEntry).toMatchObject({
      kind: "FOLLOW_UP",
      status: "WAITING",
      referralId,
      serviceId: f.service.id,
      appointmentTypeId: followUpType.id,
    });
    expect(waitingListEntry!.dueBy!.toISOString().slice(0, 10)).toBe(due);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).followUpWeeks).toBe(6);
  });

  it("PIFU opens a patient-initiated follow-up period and puts the referral on PIFU", async () => {
    const f = await createTestFixtures(db);
    const { appointment, referralId, now } = await seenAppointment(f);
    await startTestClock(db, referralId, new Date(now.getTime() - 86_400_000));
    const template = await createTestPifuTemplate(db, f.service.id);

    const { pifuPathway } = await recordOutcome(
      db,
      { appointmentId: appointment.id, outcome: "PATIENT_INITIATED_FOLLOW_UP", templateId: template.id, period: "TEMPLATE", rttStatus: "32" },
      clinicianActor,
      { now },
    );

    expect(pifuPathway).toMatchObject({
      status: "ACTIVE",
      durationMonths: 6,
      endAction: "DISCHARGE",
      fromAppointmentId: appointment.id,
      clinicianId: f.clinician.id,
      startsAt: now,
    });
    const months = (pifuPathway!.endsAt!.getTime() - now.getTime()) / (30.44 * 86_400_000);
    expect(months).toBeCloseTo(6, 0);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("ON_PIFU");
  });

  it("is refused for an appointment where the patient was not seen", async () => {
    const f = await createTestFixtures(db);
    const slot = await f.createSlot({ offsetMinutes: 2000 });
    const patient = await f.createPatient();
    const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, channel: "STAFF" }, testStaffActor);
    await expect(recordOutcome(db, { appointmentId: appointment.id, outcome: "DISCHARGED" }, clinicianActor)).rejects.toBeInstanceOf(
      OutcomeNotAllowedError,
    );
  });
});
