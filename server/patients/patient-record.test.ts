import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { cancelAppointment } from "../booking/core/cancel-appointment";
import { createTestFixtures, testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { loadPatientRecord } from "./patient-record";

const db = setupTestDatabase();

describe("loadPatientRecord", () => {
  it("has the patient's referrals with waiting-list entries, upcoming appointments soonest first and the rest as past", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient({ communicationNeeds: ["BRITISH_SIGN_LANGUAGE"], interpreterLanguage: "British Sign Language" });
    const { referral, waitingListEntry } = await f.createReferral(patient.id);
    const [a, b, c] = await f.createSlots(3);
    const book = (slotId: string) => bookAppointment(db, { slotId, patientId: patient.id, channel: "STAFF" }, testStaffActor);
    const later = await book(c!.id);
    const sooner = await book(a!.id);
    const cancelled = await book(b!.id);
    await cancelAppointment(db, { appointmentId: cancelled.appointment.id, requestedBy: "PATIENT", reason: "Away" }, testStaffActor);

    const record = await loadPatientRecord(db, patient.id);

    expect(record!.patient.communicationNeeds).toEqual(["BRITISH_SIGN_LANGUAGE"]);
    expect(record!.referrals.map((r) => [r.id, r.waitingList.map((e) => [e.id, e.status])])).toEqual([[referral.id, [[waitingListEntry.id, "WAITING"]]]]);
    expect(record!.upcoming.map((x) => x.id)).toEqual([sooner.appointment.id, later.appointment.id]);
    expect(record!.past.map((x) => [x.id, x.status])).toEqual([[cancelled.appointment.id, "CANCELLED_BY_PATIENT"]]);
    expect(await loadPatientRecord(db, randomUUID())).toBeNull();
  });
});
