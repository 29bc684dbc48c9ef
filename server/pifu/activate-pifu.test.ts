import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { activatePifu } from "./activate-pifu";
import { PifuRttNotAllowedError, PifuTemplateNotFoundError } from "./errors";
import { createTestPifuTemplate, startTestClock } from "./test-helpers";

const db = setupTestDatabase();
const actor = { userId: null, label: "Clinician: Dr Test" };
const now = new Date("2026-03-10T14:00:00Z");

async function onWaitingList(referrerEmail: string | null = "gp@example.invalid") {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient();
  const { referral, waitingListEntry } = await f.createReferral(patient.id);
  await db.referral.update({ where: { id: referral.id }, data: { referrerEmail } });
  await startTestClock(db, referral.id, new Date("2026-01-05T10:00:00Z"));
  const template = await createTestPifuTemplate(db, f.service.id, { periodMonths: 12, endAction: "CLINICAL_REVIEW" });
  return { f, patient, referral, waitingListEntry, template };
}

describe("activatePifu", () => {
  it("records the pathway, closes the waiting list, stops the clock as confirmed and queues the patient's and GP's letters, in one go", async () => {
    const { f, patient, referral, waitingListEntry, template } = await onWaitingList();

    const pathway = await activatePifu(
      db,
      { referralId: referral.id, templateId: template.id, period: "TEMPLATE", personalNotes: "Keep up the exercises", rttStatus: "32" },
      { actor, clinicianId: f.clinician.id, now },
    );

    expect(pathway).toMatchObject({
      status: "ACTIVE",
      durationMonths: 12,
      endAction: "CLINICAL_REVIEW",
      triggerSymptoms: template.triggerSymptoms,
      safetyNetting: template.safetyNetting,
      questions: template.questions,
      personalNotes: "Keep up the exercises",
      templateId: template.id,
    });
    expect(pathway.endsAt!.toISOString()).toBe("2027-03-10T00:00:00.000Z");
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ status: "ON_PIFU", rttStatusCode: "32", rttClockStopAt: now });
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: waitingListEntry.id } })).toMatchObject({ status: "REMOVED" });
    const messages = await db.message.findMany({ where: { referralId: referral.id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => [m.template, m.patientId, m.toAddress])).toEqual([
      ["pifu-started", patient.id, patient.email],
      ["pifu-gp-copy", null, "gp@example.invalid"],
    ]);
    expect(messages[0]!.payload).toMatchObject({ lastDay: "Tuesday 9 March 2027", personalNotes: "Keep up the exercises", pathwayPath: `/patient/pifu/${pathway.id}` });
    expect(await db.auditEvent.count({ where: { entityId: pathway.id, action: "pifu.activated" } })).toBe(1);
  });

  it("adjusts the period (custom or open-ended), and a new activation ends the earlier pathway", async () => {
    const { f, referral, template } = await onWaitingList();
    const first = await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "CUSTOM", customMonths: "9", rttStatus: "32" }, { actor, clinicianId: f.clinician.id, now });
    expect(first.endsAt!.toISOString()).toBe("2026-12-10T00:00:00.000Z");
    const second = await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "OPEN_ENDED", rttStatus: "91" }, { actor, clinicianId: f.clinician.id, now: new Date(now.getTime() + 60_000) });
    expect(second).toMatchObject({ endsAt: null, durationMonths: null });
    expect(await db.pifuPathway.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "ENDED" });
  });

  it("sends the GP copy through the booking centre when there is no referrer email", async () => {
    const { f, referral, template } = await onWaitingList(null);
    await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "6", rttStatus: "30" }, { actor, clinicianId: f.clinician.id, now });
    expect(await db.worklistTask.findMany({ where: { referralId: referral.id }, select: { kind: true, summary: true } })).toEqual([
      { kind: "CALL_BACK", summary: expect.stringContaining("Copy letter: patient-initiated follow-up") },
    ]);
  });

  it("changes nothing when the clinician's RTT status does not fit the clock, or the template is another service's", async () => {
    const { f, referral, template } = await onWaitingList();
    await expect(activatePifu(db, { referralId: referral.id, templateId: template.id, period: "6", rttStatus: "KEEP" }, { actor, clinicianId: f.clinician.id, now })).rejects.toBeInstanceOf(PifuRttNotAllowedError);
    await expect(activatePifu(db, { referralId: referral.id, templateId: template.id, period: "6", rttStatus: "90" }, { actor, clinicianId: f.clinician.id, now })).rejects.toBeInstanceOf(PifuRttNotAllowedError);
    const other = await createTestFixtures(db);
    const theirs = await createTestPifuTemplate(db, other.service.id);
    await expect(activatePifu(db, { referralId: referral.id, templateId: theirs.id, period: "6", rttStatus: "32" }, { actor, clinicianId: f.clinician.id, now })).rejects.toBeInstanceOf(PifuTemplateNotFoundError);
    expect(await db.pifuPathway.count({ where: { referralId: referral.id } })).toBe(0);
    expect(await db.message.count({ where: { referralId: referral.id } })).toBe(0);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("ACCEPTED");
  });
});
