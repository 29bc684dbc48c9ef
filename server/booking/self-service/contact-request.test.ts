import { describe, expect, it } from "vitest";
import { updateCommunicationNeeds } from "../../patients/update-communication-needs";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { EntryNotFoundError } from "./change-rules";
import { requestContact } from "./contact-request";
import { referenceScope } from "./scope";

const db = setupTestDatabase();

describe("nothing suitable: asking to be contacted", () => {
  it("puts one slot-issue task on the worklist, updated if asked again, and says when to expect contact", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral, waitingListEntry } = await f.createReferral(patient.id);
    const scope = referenceScope({ patientId: patient.id, referralId: referral.id });
    // Thursday: two working days later is Monday.
    const now = new Date("2026-03-05T10:00:00Z");

    const first = await requestContact(db, scope, { entryId: waitingListEntry.id, request: "CALL_BACK", phone: "07700 900123" }, now);
    const second = await requestContact(db, scope, { entryId: waitingListEntry.id, request: "PREFERRED_TIMES", days: ["TUE", "THU"], times: ["MORNING"] }, now);

    expect(second.taskId).toBe(first.taskId);
    expect(first.contactBy).toEqual(new Date("2026-03-09T17:00:00Z"));
    const tasks = await db.worklistTask.findMany({ where: { referralId: referral.id } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: "APPOINTMENT_SLOT_ISSUE",
      status: "OPEN",
      patientId: patient.id,
      serviceId: f.service.id,
      summary: "No suitable time online: patient can come Tuesday, Thursday, mornings",
      dueBy: new Date("2026-03-09T17:00:00Z"),
    });
    expect(tasks[0]!.details).toMatchObject({ request: "PREFERRED_TIMES", days: ["TUE", "THU"], times: ["MORNING"], channel: "BOOKING_REFERENCE" });
    expect(await db.auditEvent.count({ where: { entityId: first.taskId, action: "worklist.slot-issue-requested" } })).toBe(2);
  });

  it("refuses another patient's referral and needs a phone number for a call back", async () => {
    const f = await createTestFixtures(db);
    const [me, them] = await f.createPatients(2);
    const mine = await f.createReferral(me!.id);
    const theirs = await f.createReferral(them!.id);
    const scope = referenceScope({ patientId: me!.id, referralId: mine.referral.id });

    await expect(requestContact(db, scope, { entryId: theirs.waitingListEntry.id, request: "CALL_BACK", phone: "07700 900123" })).rejects.toBeInstanceOf(EntryNotFoundError);
    await expect(requestContact(db, scope, { entryId: mine.waitingListEntry.id, request: "CALL_BACK" })).rejects.toThrow("Enter a phone number we can call you on");
    expect(await db.worklistTask.count({ where: { patientId: { in: [me!.id, them!.id] } } })).toBe(0);
  });
});

describe("communication needs", () => {
  it("records changes with an audit event, keeps needs staff recorded, and ignores a repeat", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient({ communicationNeeds: ["OTHER"], accessNotes: "Prefers afternoons" });
    const actor = { userId: null, label: "Patient (booking reference)" };

    const changed = await updateCommunicationNeeds(db, patient.id, { needs: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish", accessNotes: "Prefers afternoons" }, actor);
    const again = await updateCommunicationNeeds(db, patient.id, { needs: ["WHEELCHAIR_ACCESS", "INTERPRETER"], interpreterLanguage: "Polish", accessNotes: "Prefers afternoons" }, actor);

    expect([changed, again]).toEqual([true, false]);
    const saved = await db.patient.findUniqueOrThrow({ where: { id: patient.id } });
    expect(saved).toMatchObject({ communicationNeeds: ["INTERPRETER", "OTHER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish" });
    expect(saved.needsReviewedAt).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: patient.id, action: "patient.communication-needs-updated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorLabel: actor.label, before: { communicationNeeds: ["OTHER"], interpreterLanguage: null } });
  });
});
