import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { createTestFixtures, testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { createReferral } from "./create-referral";
import { findPatientReferral, patientWait, patientWaitEstimate, trackerFacts } from "./patient-referral";
import { buildReferralTimeline } from "./referral-timeline";
import { triageReferral } from "./triage-referral";

const db = setupTestDatabase();
const DAY = 86_400_000;

async function accepted(f: Awaited<ReturnType<typeof createTestFixtures>>, daysAgo: number, priority: "ROUTINE" | "URGENT" = "ROUTINE") {
  const patient = await f.createPatient();
  const { referral } = await createReferral(
    db,
    { patient: { nhsNumber: patient.nhsNumber }, serviceCode: f.service.code, source: "GP", referrerName: "Dr R", receivedAt: new Date(Date.now() - daysAgo * DAY), priority, reason: "Pain" },
    testStaffActor,
  );
  const { waitingListEntryId } = await triageReferral(db, { referralId: referral.id, outcome: "ACCEPT", priority }, testStaffActor);
  return { patient, referral, waitingListEntryId: waitingListEntryId! };
}

describe("the patient's referral tracker data", () => {
  it("is found only for the patient whose referral it is", async () => {
    const f = await createTestFixtures(db);
    const mine = await accepted(f, 10);
    const theirs = await accepted(f, 10);
    expect(await findPatientReferral(db, mine.patient.id, mine.referral.id)).toMatchObject({ id: mine.referral.id });
    expect(await findPatientReferral(db, mine.patient.id, theirs.referral.id)).toBeNull();
    expect(await findPatientReferral(db, mine.patient.id, "not-a-uuid")).toBeNull();
    // Looks like an id to a loose check but PostgreSQL would reject it: not found, not an error.
    expect(await findPatientReferral(db, mine.patient.id, "-".repeat(36))).toBeNull();
  });

  it("counts the patients ahead (more urgent, or same priority and referred earlier) and the service's recent bookings", async () => {
    const f = await createTestFixtures(db);
    await accepted(f, 50);
    await accepted(f, 40);
    await accepted(f, 5, "URGENT");
    const me = await accepted(f, 30);
    await accepted(f, 20);
    const view = (await findPatientReferral(db, me.patient.id, me.referral.id))!;
    expect(await patientWaitEstimate(db, view, new Date())).toEqual({ kind: "not-enough-data", patientsAhead: 3 });

    // Twelve new appointments booked recently for others: enough for an estimate.
    const slots = await f.createSlots(12);
    for (const slot of slots) {
      const other = await accepted(f, 100);
      await bookAppointment(db, { slotId: slot.id, patientId: other.patient.id, waitingListEntryId: other.waitingListEntryId, channel: "STAFF" }, testStaffActor);
    }
    const estimate = await patientWaitEstimate(db, view, new Date());
    expect(estimate).toMatchObject({ kind: "estimate", patientsAhead: 3, bookingsPerWeek: 1 });
  });

  it("shows the wait so far and a timeline that moves on when the appointment is booked", async () => {
    const f = await createTestFixtures(db);
    const me = await accepted(f, 15);
    const before = (await findPatientReferral(db, me.patient.id, me.referral.id))!;
    expect(patientWait(before, new Date())).toMatchObject({ weeksWaited: 2, state: "running" });
    expect(buildReferralTimeline(trackerFacts(before)).find((s) => s.state === "current")?.title).toBe("Accepted and waiting");

    const slot = await f.createSlot();
    await bookAppointment(db, { slotId: slot.id, patientId: me.patient.id, waitingListEntryId: me.waitingListEntryId, channel: "STAFF" }, testStaffActor);
    const after = (await findPatientReferral(db, me.patient.id, me.referral.id))!;
    expect(after.status).toBe("BOOKED");
    expect(after.waitingList).toHaveLength(0);
    expect(buildReferralTimeline(trackerFacts(after)).find((s) => s.state === "current")).toMatchObject({ title: "Appointment booked", date: slot.startsAt });
  });
});
