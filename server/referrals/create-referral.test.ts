import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor, uniqueCode, uniqueNhsNumber } from "../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { createReferral } from "./create-referral";
import { PatientDetailsNeededError, PatientMismatchError, ServiceNotFoundError } from "./errors";
import type { CreateReferralInput } from "./schemas";

const handle = setupTestDatabaseHandle();
const db = handle.db;

function newPatientDetails(nhsNumber = uniqueNhsNumber()) {
  return {
    nhsNumber,
    givenName: "Rowan",
    familyName: `Intake ${uniqueCode()}`,
    dateOfBirth: "1975-02-11",
    addressLine1: "4 Elm Road",
    town: "Northfield",
    postcode: "b31 2aa",
    email: `rowan-${uniqueCode().toLowerCase()}@example.invalid`,
  };
}

function referralInput(serviceCode: string, overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return {
    patient: newPatientDetails(),
    serviceCode,
    source: "GP",
    referrerName: "Dr Ada Lovelace, Elm Surgery",
    referrerOrgCode: "m85001",
    receivedAt: new Date(Date.now() - 86_400_000),
    priority: "ROUTINE",
    reason: "Knee pain for three months",
    ...overrides,
  };
}

describe("createReferral", () => {
  it("creates the patient and the referral awaiting triage, starts the RTT clock, audits and queues the acknowledgement", async () => {
    const f = await createTestFixtures(db);
    const input = referralInput(f.service.code.toLowerCase());
    const { referral, created, patientCreated } = await createReferral(db, input, testStaffActor);

    expect(created).toBe(true);
    expect(patientCreated).toBe(true);
    const patient = await db.patient.findUniqueOrThrow({ where: { id: referral.patientId } });
    expect(patient).toMatchObject({ nhsNumber: input.patient.nhsNumber, postcode: "B31 2AA", dateOfBirth: new Date("1975-02-11T00:00:00Z"), preferredContact: "EMAIL" });
    expect(referral).toMatchObject({
      serviceId: f.service.id,
      status: "AWAITING_TRIAGE",
      referrerOrgCode: "M85001",
      rttClockStartAt: input.receivedAt,
      rttClockStopAt: null,
      rttStatusCode: "10",
    });
    expect(referral.pathwayId).toMatch(/^NCH\d{9}$/);
    const events = await db.rttEvent.findMany({ where: { referralId: referral.id } });
    expect(events.map((e) => e.code)).toEqual(["10"]);
    const audit = await db.auditEvent.findMany({ where: { patientId: patient.id }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["patient.created", "referral.created"]);
    const messages = await db.message.findMany({ where: { referralId: referral.id } });
    expect(messages).toMatchObject([{ template: "referral-received", channel: "EMAIL", toAddress: patient.email, patientId: patient.id }]);
    expect(await db.job.count({ where: { queue: "send-message", payload: { equals: { messageId: messages[0]!.id } } } })).toBe(1);
  });

  it("finds a known patient by NHS number and needs nothing else about them", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral, patientCreated } = await createReferral(db, referralInput(f.service.code, { patient: { nhsNumber: patient.nhsNumber } }), testStaffActor);
    expect(patientCreated).toBe(false);
    expect(referral.patientId).toBe(patient.id);
  });

  it("refuses a known NHS number with a different date of birth", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    await expect(
      createReferral(db, referralInput(f.service.code, { patient: { nhsNumber: patient.nhsNumber, dateOfBirth: "1999-01-01" } }), testStaffActor),
    ).rejects.toBeInstanceOf(PatientMismatchError);
    expect(await db.referral.count({ where: { patientId: patient.id } })).toBe(0);
  });

  it("asks for the details of a new patient that are missing", async () => {
    const f = await createTestFixtures(db);
    const error = await createReferral(db, referralInput(f.service.code, { patient: { nhsNumber: uniqueNhsNumber(), givenName: "Kim" } }), testStaffActor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatientDetailsNeededError);
    expect(Object.keys((error as PatientDetailsNeededError).fieldErrors)).toEqual(
      expect.arrayContaining(["patient.familyName", "patient.dateOfBirth", "patient.addressLine1", "patient.town", "patient.postcode"]),
    );
  });

  it("refuses an unknown service and an NHS number with a wrong check digit", async () => {
    await expect(createReferral(db, referralInput(`NOPE-${uniqueCode()}`), testStaffActor)).rejects.toBeInstanceOf(ServiceNotFoundError);
    const f = await createTestFixtures(db);
    await expect(createReferral(db, referralInput(f.service.code, { patient: { nhsNumber: "9434765918" } }), testStaffActor)).rejects.toThrow(/valid 10-digit NHS number/);
  });

  it("creates one referral however often, and however concurrently, the same UBRN arrives", async () => {
    const f = await createTestFixtures(db);
    const wide = handle.client({ maxConnections: 10 });
    const ubrn = String(Date.now()).slice(-12).padStart(12, "0");
    const input = referralInput(f.service.code, { ubrn: `${ubrn.slice(0, 4)} ${ubrn.slice(4, 8)} ${ubrn.slice(8)}` });
    const results = await Promise.all(Array.from({ length: 8 }, () => createReferral(wide, input, testStaffActor)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.referral.id)).size).toBe(1);
    expect(await db.referral.count({ where: { ubrn } })).toBe(1);
    expect(await db.patient.count({ where: { nhsNumber: input.patient.nhsNumber } })).toBe(1);
  });

  it("recognises a repeat by source system and id", async () => {
    const f = await createTestFixtures(db);
    const input = referralInput(f.service.code, { sourceSystem: "https://gp.example/referrals", sourceId: uniqueCode() });
    const first = await createReferral(db, input, testStaffActor);
    const second = await createReferral(db, input, testStaffActor);
    expect(second).toMatchObject({ created: false, referral: { id: first.referral.id } });
  });

  it("refuses a received date in the future", async () => {
    const f = await createTestFixtures(db);
    await expect(createReferral(db, referralInput(f.service.code, { receivedAt: new Date(Date.now() + 3 * 86_400_000) }), testStaffActor)).rejects.toThrow(/today or in the past/);
  });
});
