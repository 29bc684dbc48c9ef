import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { recordAttendance } from "../booking/core/record-attendance";
import { createTestFixtures, testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { activatePifu } from "./activate-pifu";
import { decidePifuRequest } from "./decide-request";
import { makePifuRequest } from "./make-request";
import { pifuReport } from "./report";
import { createTestPifuTemplate, startTestClock } from "./test-helpers";

const db = setupTestDatabase();
const actor = { userId: null, label: "Clinician" };

describe("pifuReport", () => {
  it("counts attendances moved to PIFU by service, requests per 100, those that became appointments and answers within the standard", async () => {
    const f = await createTestFixtures(db);
    const template = await createTestPifuTemplate(db, f.service.id);
    const slots = await f.createSlots(4);
    const seenAt = new Date(slots[3]!.startsAt.getTime() + 3_600_000);
    const pathways = [];
    for (const [i, slot] of slots.entries()) {
      const patient = await f.createPatient();
      const { referral } = await f.createReferral(patient.id);
      const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, referralId: referral.id, channel: "STAFF" }, testStaffActor);
      await recordAttendance(db, { appointmentId: appointment.id, status: "SEEN" }, actor, { now: new Date(slot.startsAt.getTime() + 60_000) });
      if (i < 2) {
        await startTestClock(db, referral.id, new Date(slot.startsAt.getTime() - 86_400_000));
        pathways.push({ patient, pathway: await activatePifu(db, { referralId: referral.id, templateId: template.id, period: "6", rttStatus: "32" }, { actor, clinicianId: f.clinician.id, now: seenAt }) });
      }
    }
    const asked = new Date(seenAt.getTime() + 86_400_000);
    const request = await makePifuRequest(db, { by: "patient", patientId: pathways[0]!.patient.id }, pathways[0]!.pathway.id, { aboutCondition: "yes", details: "Worse", preferredMode: "IN_PERSON", answers: [] }, actor, asked);
    await decidePifuRequest(db, { requestId: request.id, decision: "ADVICE", note: "Rest" }, actor, new Date(asked.getTime() + 3_600_000));

    const report = await pifuReport(db, { from: new Date(slots[0]!.startsAt.getTime() - 86_400_000), to: new Date(asked.getTime() + 86_400_000) });
    const mine = report.services.find((s) => s.serviceId === f.service.id)!;
    expect(mine).toMatchObject({ attendances: 4, movedToPifu: 2, pifuRate: 50, livePathways: 2, requests: 1, requestsPer100: 50 });
    expect(report.requests).toMatchObject({ decided: 1, becameAppointments: 0, withinStandard: 1, medianWorkingDays: expect.any(Number) });
  });
});
