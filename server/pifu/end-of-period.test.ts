import { describe, expect, it } from "vitest";
import { jobHandlers } from "../platform/jobs/handlers";
import { runDueJobs } from "../platform/jobs/runner";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { activatePifu } from "./activate-pifu";
import { decidePifuRequest } from "./decide-request";
import { dischargeAfterReview, runPifuEndOfPeriod } from "./end-of-period";
import { PIFU_END_QUEUE, scheduleNextPifuEndOfPeriod } from "./end-of-period-job";
import { makePifuRequest } from "./make-request";
import { createTestPifuTemplate, startTestClock } from "./test-helpers";

const db = setupTestDatabase();
const actor = { userId: null, label: "Clinician: Dr Test" };
const started = new Date("2026-01-12T10:00:00Z");
const DAY = 86_400_000;

async function onPifu(endAction: "DISCHARGE" | "CLINICAL_REVIEW", periodMonths: number | null = 3) {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient();
  const { referral } = await f.createReferral(patient.id);
  await db.referral.update({ where: { id: referral.id }, data: { referrerEmail: "gp@example.invalid" } });
  await startTestClock(db, referral.id, new Date("2026-01-05T10:00:00Z"));
  const template = await createTestPifuTemplate(db, f.service.id, { endAction, periodMonths });
  const pathway = await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "TEMPLATE", rttStatus: "32" }, { actor, clinicianId: f.clinician.id, now: started });
  return { f, patient, referral, pathway };
}

const templates = (patientId: string) => db.message.findMany({ where: { OR: [{ patientId }, { patientId: null }], template: { startsWith: "pifu-" }, NOT: { template: { in: ["pifu-started", "pifu-gp-copy"] } } }, select: { template: true, referralId: true } });

describe("the PIFU end-of-period job", () => {
  it("warns 4 weeks before the end, once", async () => {
    const { patient, pathway } = await onPifu("DISCHARGE");
    const soon = new Date(pathway.endsAt!.getTime() - 20 * DAY);
    await runPifuEndOfPeriod(db, new Date(pathway.endsAt!.getTime() - 40 * DAY));
    expect(await db.message.count({ where: { patientId: patient.id, template: "pifu-ending-soon" } })).toBe(0);
    await runPifuEndOfPeriod(db, soon);
    await runPifuEndOfPeriod(db, new Date(soon.getTime() + DAY));
    expect(await db.message.count({ where: { patientId: patient.id, template: "pifu-ending-soon" } })).toBe(1);
  });

  it("discharges at the end: patient and GP letters, referral closed, nothing twice", async () => {
    const { patient, referral, pathway } = await onPifu("DISCHARGE");
    const end = new Date(pathway.endsAt!.getTime() + 3 * 3_600_000);
    await runPifuEndOfPeriod(db, new Date(pathway.endsAt!.getTime() - 1));
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("ACTIVE");
    await runPifuEndOfPeriod(db, end);
    await runPifuEndOfPeriod(db, end);
    expect(await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).toMatchObject({ status: "DISCHARGED", endedAt: end });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("DISCHARGED");
    const sent = (await templates(patient.id)).filter((m) => m.referralId === referral.id).map((m) => m.template).sort();
    expect(sent).toEqual(["pifu-discharged", "pifu-discharged-gp", "pifu-ending-soon"]);
  });

  it("opens a clinical review task when the template says so, once", async () => {
    const { patient, referral, pathway } = await onPifu("CLINICAL_REVIEW");
    const end = new Date(pathway.endsAt!.getTime() + DAY);
    await runPifuEndOfPeriod(db, end);
    await runPifuEndOfPeriod(db, new Date(end.getTime() + DAY));
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("REVIEW_DUE");
    expect(await db.worklistTask.findMany({ where: { patientId: patient.id }, select: { kind: true, status: true, referralId: true } })).toEqual([
      { kind: "PIFU_REVIEW", status: "OPEN", referralId: referral.id },
    ]);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("ON_PIFU");
    expect(await db.message.count({ where: { patientId: patient.id, template: "pifu-review-due" } })).toBe(1);

    // The clinician's review discharges: letters, referral closed, the task done; once only.
    await dischargeAfterReview(db, pathway.id, actor, new Date(end.getTime() + 3 * DAY));
    await expect(dischargeAfterReview(db, pathway.id, actor)).rejects.toThrow("not waiting for a review");
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("DISCHARGED");
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("DISCHARGED");
    expect(await db.worklistTask.findMany({ where: { patientId: patient.id }, select: { status: true } })).toEqual([{ status: "DONE" }]);
    expect(await db.message.count({ where: { referralId: referral.id, template: "pifu-discharged-gp" } })).toBe(1);
  });

  it("keeps a pathway open while a request is in hand, and ends it once decided", async () => {
    const { patient, pathway } = await onPifu("DISCHARGE");
    const request = await makePifuRequest(db, { by: "patient", patientId: patient.id }, pathway.id, { aboutCondition: "yes", details: "Worse again", preferredMode: "IN_PERSON", answers: [] }, actor, new Date(pathway.endsAt!.getTime() - DAY));
    const end = new Date(pathway.endsAt!.getTime() + DAY);
    const summary = await runPifuEndOfPeriod(db, end);
    expect(summary.keptOpen).toBeGreaterThanOrEqual(1);
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("ACTIVE");
    await decidePifuRequest(db, { requestId: request.id, decision: "ADVICE", note: "Rest and ice" }, actor, end);
    await runPifuEndOfPeriod(db, new Date(end.getTime() + DAY));
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("DISCHARGED");
  });

  it("gives open-ended pathways with no contact for 24 months a review task, once, and none while in touch", async () => {
    const { patient, pathway } = await onPifu("CLINICAL_REVIEW", null);
    await runPifuEndOfPeriod(db, new Date("2028-01-11T10:00:00Z"));
    expect(await db.worklistTask.count({ where: { patientId: patient.id } })).toBe(0);
    await runPifuEndOfPeriod(db, new Date("2028-01-12T10:00:00Z"));
    await runPifuEndOfPeriod(db, new Date("2028-01-13T10:00:00Z"));
    expect(await db.worklistTask.findMany({ where: { patientId: patient.id }, select: { kind: true, details: true } })).toEqual([
      { kind: "PIFU_REVIEW", details: { pifuPathwayId: pathway.id, reason: "NO_CONTACT" } },
    ]);
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("ACTIVE");
  });

  it("runs as a nightly job that queues the next night, once per day however often it is scheduled", async () => {
    const { pathway } = await onPifu("DISCHARGE");
    const night = new Date(pathway.endsAt!.getTime() + 5 * DAY);
    const first = await scheduleNextPifuEndOfPeriod(db, new Date(night.getTime() - DAY));
    const again = await scheduleNextPifuEndOfPeriod(db, new Date(night.getTime() - DAY));
    expect(again.uniqueKey).toBe(first.uniqueKey);
    expect(await db.job.count({ where: { uniqueKey: first.uniqueKey } })).toBe(1);
    await runDueJobs(db, { [PIFU_END_QUEUE]: jobHandlers()[PIFU_END_QUEUE]! }, { now: new Date(first.runAt.getTime() + 60_000) });
    expect(await db.job.findUniqueOrThrow({ where: { uniqueKey: first.uniqueKey } })).toMatchObject({ status: "DONE" });
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).status).toBe("DISCHARGED");
    expect(await db.job.count({ where: { queue: PIFU_END_QUEUE, status: "QUEUED", runAt: { gt: first.runAt } } })).toBeGreaterThanOrEqual(1);
  });
});
