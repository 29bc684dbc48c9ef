import { describe, expect, it } from "vitest";
import { SlotNotBookableError, SlotTakenError } from "../core/errors";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../../platform/testing/test-database";
import { updateCommunicationNeedsInTransaction, type CommunicationNeedsInput } from "../../patients/update-communication-needs";
import { accountScope } from "./scope";
import { selfBook, selfReschedule } from "./self-book";

/**
 * The check-your-details step submits communication needs and the booking (or
 * change) together, as the booking action does: both are kept or neither is.
 */
const db = setupTestDatabaseHandle().db;
const needs: CommunicationNeedsInput = { needs: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish", accessNotes: undefined };

async function patientWithReferral(f: Awaited<ReturnType<typeof createTestFixtures>>) {
  const patient = await f.createPatient();
  const { waitingListEntry } = await f.createReferral(patient.id);
  const user = await db.user.create({ data: { email: patient.email, role: "PATIENT", patientId: patient.id } });
  const scope = accountScope({ userId: user.id, patientId: patient.id });
  const withNeeds = { alsoInTransaction: (tx: Parameters<typeof updateCommunicationNeedsInTransaction>[0]) => updateCommunicationNeedsInTransaction(tx, patient.id, needs, scope.actor) };
  return { patient, entry: waitingListEntry, scope, withNeeds };
}

async function needsOf(patientId: string) {
  const patient = await db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { communicationNeeds: true, interpreterLanguage: true } });
  const audits = await db.auditEvent.count({ where: { entityId: patientId, action: "patient.communication-needs-updated" } });
  return { ...patient, audits };
}

describe("communication needs submitted with a booking", () => {
  it("are not saved or audited when the slot has gone", async () => {
    const f = await createTestFixtures(db);
    const [slot] = await f.createSlots(1);
    const someoneElse = await patientWithReferral(f);
    await selfBook(db, someoneElse.scope, { entryId: someoneElse.entry.id, slotId: slot!.id, idempotencyKey: `k-${someoneElse.entry.id}` });
    const { patient, entry, scope, withNeeds } = await patientWithReferral(f);

    await expect(selfBook(db, scope, { entryId: entry.id, slotId: slot!.id, idempotencyKey: `k-${entry.id}` }, withNeeds)).rejects.toBeInstanceOf(SlotTakenError);

    expect(await needsOf(patient.id)).toEqual({ communicationNeeds: [], interpreterLanguage: null, audits: 0 });
  });

  it("are saved with the booking when it succeeds, and a booking fails whole if they cannot be saved", async () => {
    const f = await createTestFixtures(db);
    const [first, second] = await f.createSlots(2);
    const { patient, entry, scope, withNeeds } = await patientWithReferral(f);

    const failing = { alsoInTransaction: async () => Promise.reject(new Error("needs could not be saved")) };
    await expect(selfBook(db, scope, { entryId: entry.id, slotId: first!.id, idempotencyKey: `k1-${entry.id}` }, failing)).rejects.toThrow();
    expect(await db.appointment.count({ where: { patientId: patient.id } })).toBe(0);
    expect((await db.slot.findUniqueOrThrow({ where: { id: first!.id } })).bookedCount).toBe(0);

    await selfBook(db, scope, { entryId: entry.id, slotId: second!.id, idempotencyKey: `k2-${entry.id}` }, withNeeds);
    expect(await needsOf(patient.id)).toEqual({ communicationNeeds: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish", audits: 1 });
  });

  it("are not saved when a change of time fails", async () => {
    const f = await createTestFixtures(db);
    const [first, second] = await f.createSlots(2);
    const { patient, entry, scope, withNeeds } = await patientWithReferral(f);
    const { appointment } = await selfBook(db, scope, { entryId: entry.id, slotId: first!.id, idempotencyKey: `k-${entry.id}` });
    const someoneElse = await patientWithReferral(f);
    await selfBook(db, someoneElse.scope, { entryId: someoneElse.entry.id, slotId: second!.id, idempotencyKey: `k-${someoneElse.entry.id}` });

    await expect(selfReschedule(db, scope, { appointmentId: appointment.id, slotId: second!.id }, withNeeds)).rejects.toBeInstanceOf(SlotTakenError);
    await expect(selfReschedule(db, scope, { appointmentId: appointment.id, slotId: first!.id }, withNeeds)).rejects.toBeInstanceOf(SlotNotBookableError);

    expect(await needsOf(patient.id)).toEqual({ communicationNeeds: [], interpreterLanguage: null, audits: 0 });
  });
});
