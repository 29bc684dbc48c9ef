import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor, uniqueCode } from "../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import type { Db } from "../platform/db/client";
import { createReferral } from "./create-referral";
import { AlreadyTriagedError, TriageNotAllowedError } from "./errors";
import { triageReferral } from "./triage-referral";

const handle = setupTestDatabaseHandle();
const db = handle.db;
const clinician = { userId: null, label: "Clinician: Test" };

async function newReferral(options: { surgical?: boolean } = {}) {
  const f = await createTestFixtures(db);
  if (options.surgical) await db.service.update({ where: { id: f.service.id }, data: { usesSurgicalPriorities: true } });
  const patient = await f.createPatient();
  const { referral } = await createReferral(
    db,
    {
      patient: { nhsNumber: patient.nhsNumber },
      serviceCode: f.service.code,
      source: "GP",
      referrerName: "Dr Referrer",
      referrerEmail: "referrer@gp.example.invalid",
      receivedAt: new Date(Date.now() - 5 * 86_400_000),
      priority: "ROUTINE",
      reason: "Heel pain",
    },
    testStaffActor,
  );
  return { f, patient, referral };
}

function templatesFor(client: Db, referralId: string) {
  return client.message.findMany({ where: { referralId }, orderBy: { createdAt: "asc" }, select: { template: true, toAddress: true, patientId: true } });
}

describe("triageReferral", () => {
  it("accepts with a priority: the clock continues, the patient joins the waiting list and is told", async () => {
    const { f, patient, referral } = await newReferral();
    const result = await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority: "URGENT" }, clinician);

    const after = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after).toMatchObject({ status: "ACCEPTED", priority: "URGENT", clinicalPriority: null, rttStatusCode: "20", rttClockStopAt: null });
    expect(after.triagedAt).toBeInstanceOf(Date);
    expect(after.bookingReference).toMatch(/^[A-Z2-9]{8}$/);
    const entry = await db.waitingListEntry.findUniqueOrThrow({ where: { id: result.waitingListEntryId! } });
    expect(entry).toMatchObject({ kind: "NEW", status: "WAITING", priority: "URGENT", patientId: patient.id, serviceId: f.service.id, appointmentTypeId: f.appointmentType.id });
    expect((await templatesFor(db, referral.id)).map((m) => m.template)).toEqual(["referral-received", "referral-accepted"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: referral.id, action: "referral.triaged.accept" } });
    expect(audit.before).toMatchObject({ status: "AWAITING_TRIAGE", priority: "ROUTINE" });
    expect(audit.after).toMatchObject({ status: "ACCEPTED", priority: "URGENT", rttStatusCode: "20" });
  });

  it("accepts with a surgical priority where the service uses them, and insists on one", async () => {
    const { referral } = await newReferral({ surgical: true });
    await expect(triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority: "URGENT" }, clinician)).rejects.toBeInstanceOf(TriageNotAllowedError);
    const result = await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", clinicalPriority: "P2" }, clinician);
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ clinicalPriority: "P2", priority: "ROUTINE" });
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: result.waitingListEntryId! } })).toMatchObject({ priority: "URGENT" });
  });

  it("rejects with a reason: the clock stops (34) and both patient and referrer are told", async () => {
    const { patient, referral } = await newReferral();
    await triageReferral(db, { referralId: referral.id, outcome: "REJECT", reason: "Please try insoles for 6 weeks first" }, clinician);
    const after = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after).toMatchObject({ status: "REJECTED", rejectionReason: "Please try insoles for 6 weeks first", rttStatusCode: "34" });
    expect(after.rttClockStopAt).toBeInstanceOf(Date);
    expect(await db.waitingListEntry.count({ where: { referralId: referral.id } })).toBe(0);
    expect(await templatesFor(db, referral.id)).toEqual([
      { template: "referral-received", toAddress: patient.email, patientId: patient.id },
      { template: "referral-rejected", toAddress: patient.email, patientId: patient.id },
      { template: "referral-returned-to-referrer", toAddress: "referrer@gp.example.invalid", patientId: null },
    ]);
  });

  it("gives the booking centre a call-back task when the referrer has no email address", async () => {
    const { referral } = await newReferral();
    await db.referral.update({ where: { id: referral.id }, data: { referrerEmail: null } });
    await triageReferral(db, { referralId: referral.id, outcome: "REJECT", reason: "Not for this service" }, clinician);
    expect((await templatesFor(db, referral.id)).map((m) => m.template)).toEqual(["referral-received", "referral-rejected"]);
    const tasks = await db.worklistTask.findMany({ where: { referralId: referral.id } });
    expect(tasks).toMatchObject([{ kind: "CALL_BACK", status: "OPEN", summary: expect.stringMatching(/^Tell Dr Referrer: referral returned/) }]);
  });

  it("an accepted referral cannot later be rejected", async () => {
    const { referral } = await newReferral();
    await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority: "ROUTINE" }, clinician);
    await expect(triageReferral(db, { referralId: referral.id, outcome: "REJECT", reason: "Changed my mind" }, clinician)).rejects.toBeInstanceOf(AlreadyTriagedError);
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ status: "ACCEPTED", rejectionReason: null });
  });

  it("of an accept and a reject made at the same moment, exactly one wins, whichever it is", async () => {
    const wide = handle.client({ maxConnections: 12 });
    for (let round = 0; round < 3; round++) {
      const { referral } = await newReferral();
      const attempts = Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? triageReferral(wide, { referralId: referral.id, outcome: "ACCEPT", priority: "ROUTINE" }, clinician)
          : triageReferral(wide, { referralId: referral.id, outcome: "REJECT", reason: `Reason ${i}` }, clinician),
      );
      const results = await Promise.allSettled(attempts);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AlreadyTriagedError);
      const after = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
      const winner = (won[0] as PromiseFulfilledResult<{ status: string }>).value.status;
      expect(after.status).toBe(winner);
      expect(await db.waitingListEntry.count({ where: { referralId: referral.id } })).toBe(winner === "ACCEPTED" ? 1 : 0);
      expect(await db.rttEvent.count({ where: { referralId: referral.id } })).toBe(2);
      expect(await db.auditEvent.count({ where: { entityId: referral.id, action: { startsWith: "referral.triaged" } } })).toBe(1);
    }
  });

  it("redirects to another service keeping the original clock, and the new service can triage it", async () => {
    const { f, referral } = await newReferral();
    const other = await createTestFixtures(db);
    await triageReferral(db, { referralId: referral.id, outcome: "REDIRECT", serviceId: other.service.id, note: "Foot problem, not knee" }, clinician);
    const after = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after).toMatchObject({ status: "REDIRECTED", serviceId: other.service.id, originalServiceId: f.service.id, rttStatusCode: "20", rttClockStartAt: referral.rttClockStartAt });
    expect((await templatesFor(db, referral.id)).at(-1)?.template).toBe("referral-redirected");

    await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority: "ROUTINE" }, clinician);
    const accepted = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(accepted).toMatchObject({ status: "ACCEPTED", serviceId: other.service.id, originalServiceId: f.service.id, rttClockStartAt: referral.rttClockStartAt });
    expect(await db.waitingListEntry.findFirstOrThrow({ where: { referralId: referral.id } })).toMatchObject({ serviceId: other.service.id, appointmentTypeId: other.appointmentType.id });
  });

  it("will not redirect to the same service", async () => {
    const { f, referral } = await newReferral();
    await expect(triageReferral(db, { referralId: referral.id, outcome: "REDIRECT", serviceId: f.service.id, note: "x" }, clinician)).rejects.toThrow(/different service/);
  });

  it("answers with advice and guidance: the clock stops (34) and the referrer gets the advice", async () => {
    const { referral } = await newReferral();
    await triageReferral(db, { referralId: referral.id, outcome: "ADVICE_AND_GUIDANCE", advice: `Stretching programme ${uniqueCode()}` }, clinician);
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ status: "ADVICE_AND_GUIDANCE", rttStatusCode: "34" });
    expect((await templatesFor(db, referral.id)).map((m) => m.template)).toEqual(["referral-received", "referral-advice-and-guidance", "referral-advice-to-referrer"]);
  });

  it("asks for what each outcome needs", async () => {
    const { referral } = await newReferral();
    await expect(triageReferral(db, { referralId: referral.id, outcome: "REJECT", reason: "  " }, clinician)).rejects.toThrow(/Enter the reason/);
    await expect(triageReferral(db, { referralId: referral.id, outcome: "ACCEPT" }, clinician)).rejects.toThrow(/Choose a priority/);
  });
});
