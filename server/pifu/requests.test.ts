import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { activatePifu } from "./activate-pifu";
import { decidePifuRequest } from "./decide-request";
import { PifuNotActiveError, PifuPathwayNotFoundError, RequestAlreadyDecidedError, RequestAlreadyOpenError } from "./errors";
import { makePifuRequest } from "./make-request";
import { pifuTriageQueue } from "./triage-queue";
import { createTestPifuTemplate, startTestClock } from "./test-helpers";

const handle = setupTestDatabaseHandle();
const db = handle.db;
const clinician = { userId: null, label: "Clinician: Dr Test" };
const patientActor = { userId: null, label: "Patient (online)" };
// Thursday 5 March 2026, 10am: due 3 working days later is Tuesday 10 March, 5pm.
const now = new Date("2026-03-05T10:00:00Z");
const ask = { aboutCondition: "yes" as const, details: "My knee has swollen again", preferredMode: "TELEPHONE" as const, answers: ["Left knee", "A week"] };

async function onPifu() {
  const f = await createTestFixtures(db);
  const followUp = await db.appointmentType.create({ data: { serviceId: f.service.id, code: "FU-TEL", name: "Follow-up (telephone)", kind: "FOLLOW_UP", mode: "TELEPHONE", durationMinutes: 20 } });
  const patient = await f.createPatient();
  const { referral } = await f.createReferral(patient.id);
  await startTestClock(db, referral.id, new Date("2026-01-05T10:00:00Z"));
  const template = await createTestPifuTemplate(db, f.service.id);
  const pathway = await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "TEMPLATE", rttStatus: "32" }, { actor: clinician, clinicianId: f.clinician.id, now: new Date("2026-02-01T10:00:00Z") });
  return { f, patient, referral, pathway, followUp };
}

describe("PIFU requests", () => {
  it("a patient asks: the request is due in working days, they are told, and the pathway records the contact", async () => {
    const { patient, pathway } = await onPifu();
    const request = await makePifuRequest(db, { by: "patient", patientId: patient.id }, pathway.id, ask, patientActor, now);
    expect(request).toMatchObject({ status: "OPEN", source: "ONLINE", preferredMode: "TELEPHONE", details: ask.details });
    expect(request.dueAt.toISOString()).toBe("2026-03-10T17:00:00.000Z");
    expect(request.answers).toEqual([
      { question: "What has changed?", answer: "Left knee" },
      { question: "How long has it been like this?", answer: "A week" },
    ]);
    expect((await db.pifuPathway.findUniqueOrThrow({ where: { id: pathway.id } })).lastContactAt).toEqual(now);
    expect(await db.message.count({ where: { patientId: patient.id, template: "pifu-request-received" } })).toBe(1);
  });

  it("one open request per pathway: a second is refused, and of ten at once exactly one is made", async () => {
    const { patient, pathway } = await onPifu();
    const many = handle.client({ maxConnections: 10 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => makePifuRequest(many, { by: "patient", patientId: patient.id }, pathway.id, ask, patientActor, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(RequestAlreadyOpenError);
    await expect(makePifuRequest(db, { by: "staff", userId: null }, pathway.id, ask, clinician, now)).rejects.toBeInstanceOf(RequestAlreadyOpenError);
    expect(await db.pifuRequest.count({ where: { pathwayId: pathway.id } })).toBe(1);
  });

  it("the database itself refuses a second open request for a pathway", async () => {
    const { patient, pathway, f } = await onPifu();
    const row = { pathwayId: pathway.id, patientId: patient.id, serviceId: f.service.id, source: "PHONE" as const, answers: [], details: "x", requestedAt: now, dueAt: now };
    await db.pifuRequest.create({ data: row });
    await expect(db.pifuRequest.create({ data: row })).rejects.toThrow(/PifuRequest_one_open_per_pathway|Unique constraint/);
    await db.pifuRequest.create({ data: { ...row, status: "ADVICE_GIVEN" } });
  });

  it("another patient's pathway is not found, an ended one refuses, and a request about something else is not made", async () => {
    const { pathway } = await onPifu();
    const other = await onPifu();
    await expect(makePifuRequest(db, { by: "patient", patientId: other.patient.id }, pathway.id, ask, patientActor, now)).rejects.toBeInstanceOf(PifuPathwayNotFoundError);
    await expect(makePifuRequest(db, { by: "patient", patientId: other.patient.id }, other.pathway.id, { ...ask, aboutCondition: "no" }, patientActor, now)).rejects.toBeInstanceOf(PifuNotActiveError);
    await expect(makePifuRequest(db, { by: "patient", patientId: other.patient.id }, other.pathway.id, ask, patientActor, other.pathway.endsAt!)).rejects.toBeInstanceOf(PifuNotActiveError);
    expect(await db.pifuRequest.count({ where: { pathwayId: { in: [pathway.id, other.pathway.id] } } })).toBe(0);
  });

  it("the triage queue flags a request overdue once its working days pass without a decision", async () => {
    const { f, patient, pathway } = await onPifu();
    const request = await makePifuRequest(db, { by: "staff", userId: null }, pathway.id, ask, clinician, now);
    expect(request.source).toBe("PHONE");
    const before = await pifuTriageQueue(db, { serviceId: f.service.id, now: new Date("2026-03-10T16:59:00Z") });
    expect(before.requests.map((r) => [r.patient.id, r.overdue])).toEqual([[patient.id, false]]);
    expect(before.overdue).toBe(0);
    const after = await pifuTriageQueue(db, { serviceId: f.service.id, now: new Date("2026-03-10T17:01:00Z") });
    expect(after.requests.map((r) => r.overdue)).toEqual([true]);
    expect(after.overdue).toBe(1);
  });

  it("book: a follow-up entry of the preferred type, urgent, the patient told; decided once only", async () => {
    const { f, patient, pathway, followUp, referral } = await onPifu();
    const request = await makePifuRequest(db, { by: "patient", patientId: patient.id }, pathway.id, ask, patientActor, now);
    const result = await decidePifuRequest(db, { requestId: request.id, decision: "BOOK_URGENT" }, clinician, now);
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: result.waitingListEntryId! } })).toMatchObject({
      kind: "FOLLOW_UP",
      priority: "URGENT",
      status: "WAITING",
      appointmentTypeId: followUp.id,
      referralId: referral.id,
      serviceId: f.service.id,
    });
    expect(await db.pifuRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "BOOKING", urgent: true, waitingListEntryId: result.waitingListEntryId });
    expect(await db.message.count({ where: { patientId: patient.id, template: "pifu-request-booking" } })).toBe(1);
    const queue = await pifuTriageQueue(db, { serviceId: f.service.id, now });
    expect(queue.requests).toHaveLength(0);
    expect(queue.booking.map((b) => b.id)).toEqual([request.id]);
    await expect(decidePifuRequest(db, { requestId: request.id, decision: "ADVICE", note: "Rest" }, clinician, now)).rejects.toBeInstanceOf(RequestAlreadyDecidedError);
  });

  it("advice and redirect need words for the patient, and free the pathway for a later request", async () => {
    const { patient, pathway } = await onPifu();
    const first = await makePifuRequest(db, { by: "patient", patientId: patient.id }, pathway.id, ask, patientActor, now);
    await expect(decidePifuRequest(db, { requestId: first.id, decision: "ADVICE" }, clinician, now)).rejects.toThrow("Enter what the patient should be told");
    await decidePifuRequest(db, { requestId: first.id, decision: "ADVICE", note: "Ice and rest for a week" }, clinician, now);
    const second = await makePifuRequest(db, { by: "patient", patientId: patient.id }, pathway.id, ask, patientActor, new Date(now.getTime() + 86_400_000));
    await decidePifuRequest(db, { requestId: second.id, decision: "REDIRECT", note: "This sounds like your GP" }, clinician, now);
    const messages = await db.message.findMany({ where: { patientId: patient.id, template: { in: ["pifu-request-advice", "pifu-request-redirected"] } }, select: { template: true, payload: true } });
    expect(messages).toHaveLength(2);
    expect(messages.find((m) => m.template === "pifu-request-advice")!.payload).toMatchObject({ note: "Ice and rest for a week" });
  });
});
