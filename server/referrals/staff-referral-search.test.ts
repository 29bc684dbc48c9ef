import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { REFERRALS_PER_PAGE, referralSearchSchema, searchReferrals } from "./staff-referral-search";

const db = setupTestDatabase();

describe("the staff referral list", () => {
  it("pages by position, newest first, through ties in receipt time, forwards and back, without skipping or repeating a row", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const base = Date.parse("2026-01-05T09:00:00Z");
    const count = REFERRALS_PER_PAGE * 2 + 5;
    // Every third one received at the same instant as the one before, so the id breaks ties.
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { referral } = await f.createReferral(patient.id);
      await db.referral.update({ where: { id: referral.id }, data: { receivedAt: new Date(base - Math.floor(i - i / 3) * 60_000) } });
      ids.push(referral.id);
    }
    const expected = (await db.referral.findMany({ where: { serviceId: f.service.id }, orderBy: [{ receivedAt: "desc" }, { id: "asc" }], select: { id: true } })).map((r) => r.id);
    expect(expected.length).toBe(count);

    const search = (extra: Record<string, string> = {}) => searchReferrals(db, referralSearchSchema.parse({ serviceId: f.service.id, ...extra }));
    const seen: string[] = [];
    const pages = [];
    let page = await search();
    expect(page.previous).toBeUndefined();
    for (;;) {
      pages.push(page);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      page = await search({ after: page.next });
    }
    expect(seen).toEqual(expected);
    expect(pages.map((p) => p.rows.length)).toEqual([REFERRALS_PER_PAGE, REFERRALS_PER_PAGE, 5]);
    expect(pages[0]!.total).toBe(count);

    // Back from the last page: the same middle page again, then the first, which has nothing before it.
    const middle = await search({ before: pages[2]!.previous! });
    expect(middle.rows.map((r) => r.id)).toEqual(pages[1]!.rows.map((r) => r.id));
    const firstAgain = await search({ before: middle.previous! });
    expect(firstAgain.rows.map((r) => r.id)).toEqual(pages[0]!.rows.map((r) => r.id));
    expect(firstAgain.previous).toBeUndefined();
    expect(firstAgain.next).toBeDefined();
  });

  it("finds referrals by any part of the patient's family name, in any case", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    await db.patient.update({ where: { id: patient.id }, data: { familyName: "Featherstonehaugh" } });
    const { referral } = await f.createReferral(patient.id);
    const found = await searchReferrals(db, referralSearchSchema.parse({ q: "STONEH" }));
    expect(found.rows.map((r) => r.id)).toContain(referral.id);
  });

  it("ignores a malformed position rather than failing", async () => {
    const parsed = referralSearchSchema.parse({ after: "2026-01-01T00:00:00.000Z_not-an-id", before: "yesterday" });
    expect(parsed.after).toBeUndefined();
    expect(parsed.before).toBeUndefined();
  });
});
