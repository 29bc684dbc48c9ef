import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { createReferral } from "./create-referral";
import { referralSearchSchema, searchReferrals } from "./staff-referral-search";
import { triageReferral } from "./triage-referral";
import { triageServiceSummaries, triageWorklist } from "./triage-worklist";

const db = setupTestDatabase();
const DAY = 86_400_000;

describe("triage worklists", () => {
  it("order a service's referrals by priority (two-week wait, urgent, routine), then longest waiting first, including redirected ones", async () => {
    const f = await createTestFixtures(db);
    const other = await createTestFixtures(db);
    const add = async (priority: "ROUTINE" | "URGENT" | "TWO_WEEK_WAIT", daysAgo: number, reason: string, serviceCode = f.service.code) => {
      const patient = await f.createPatient();
      const { referral } = await createReferral(
        db,
        { patient: { nhsNumber: patient.nhsNumber }, serviceCode, source: "GP", referrerName: "Dr R", receivedAt: new Date(Date.now() - daysAgo * DAY), priority, reason },
        testStaffActor,
      );
      return referral;
    };
    await add("ROUTINE", 10, "routine, 10 days");
    await add("URGENT", 2, "urgent, 2 days");
    await add("ROUTINE", 20, "routine, 20 days");
    await add("TWO_WEEK_WAIT", 1, "2ww, 1 day");
    const redirected = await add("ROUTINE", 30, "redirected here, 30 days", other.service.code);
    await triageReferral(db, { referralId: redirected.id, outcome: "REDIRECT", serviceId: f.service.id, note: "Ours" }, testStaffActor);
    const accepted = await add("URGENT", 40, "already accepted");
    await triageReferral(db, { referralId: accepted.id, outcome: "ACCEPT", priority: "URGENT" }, testStaffActor);

    const list = await triageWorklist(db, f.service.id, 1);
    expect(list.rows.map((r) => r.reason)).toEqual(["2ww, 1 day", "urgent, 2 days", "redirected here, 30 days", "routine, 20 days", "routine, 10 days"]);
    expect(list.total).toBe(5);
    const summaries = await triageServiceSummaries(db);
    expect(summaries.find((s) => s.id === f.service.id)?.waiting).toBe(5);
    expect(summaries.find((s) => s.id === other.service.id)?.waiting).toBe(0);

    const waitingHere = await searchReferrals(db, referralSearchSchema.parse({ serviceId: f.service.id, status: "AWAITING_TRIAGE" }));
    expect(waitingHere.total).toBe(4);
    const patient = await db.patient.findFirstOrThrow({ where: { referrals: { some: { id: accepted.id } } } });
    const byNhs = await searchReferrals(db, referralSearchSchema.parse({ q: patient.nhsNumber.replace(/(\d{3})(\d{3})(\d{4})/, "$1 $2 $3") }));
    expect(byNhs.rows.map((r) => r.id)).toEqual([accepted.id]);
    const byPathway = await searchReferrals(db, referralSearchSchema.parse({ q: accepted.pathwayId.toLowerCase() }));
    expect(byPathway.rows.map((r) => r.id)).toEqual([accepted.id]);
  });
});
