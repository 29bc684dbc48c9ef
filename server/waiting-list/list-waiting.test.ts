import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { countByBand } from "./band-counts";
import { WAIT_BANDS } from "./bands";
import { exportWaitingListCsv } from "./export-waiting-list";
import { waitingListFilterSchema, VALIDATION_FILTERS } from "./list-filters";
import { listWaiting } from "./list-waiting";
import { createWaitingPatient } from "./testing";
import { validationStatus } from "./validation-status";

const db = setupTestDatabase();
const now = new Date("2026-06-15T10:00:00Z");
const WEEK = 7 * 86_400_000;

async function allPages(filters: ReturnType<typeof waitingListFilterSchema.parse>, pageSize: number) {
  const rows = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listWaiting(db, filters, after, now, pageSize);
    rows.push(...page.rows);
    if (!page.next) break;
    after = page.next;
  }
  return rows;
}

describe("the waiting list in turn", () => {
  it("orders by clinical priority, then the longest wait, and pages by keyset with positions that carry on", async () => {
    const f = await createTestFixtures(db);
    const routineOld = await createWaitingPatient(db, f, now, { weeksAgo: 60 });
    const routineNew = await createWaitingPatient(db, f, now, { weeksAgo: 3 });
    const urgent = await createWaitingPatient(db, f, now, { weeksAgo: 2, priority: "URGENT" });
    const twoWeek = await createWaitingPatient(db, f, now, { weeksAgo: 1, priority: "TWO_WEEK_WAIT" });
    const routineMid = await createWaitingPatient(db, f, now, { weeksAgo: 20 });
    const removed = await createWaitingPatient(db, f, now, { weeksAgo: 90 });
    await db.waitingListEntry.update({ where: { id: removed.entry.id }, data: { status: "REMOVED" } });

    const filters = waitingListFilterSchema.parse({ serviceId: f.service.id });
    const rows = await allPages(filters, 2);
    expect(rows.map((row) => row.id)).toEqual([twoWeek, urgent, routineOld, routineMid, routineNew].map((x) => x.entry.id));
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.find((row) => row.id === routineOld.entry.id)?.band.key).toBe("52-65");
    // A cursor that does not parse starts again from the top.
    const fresh = await listWaiting(db, filters, "not-a-cursor", now, 2);
    expect(fresh.rows[0]?.id).toBe(twoWeek.entry.id);
  });

  it("counts each band as the list filtered to that band shows it", async () => {
    const f = await createTestFixtures(db);
    for (const weeksAgo of [0, 5, 17, 18, 30, 52, 64, 65, 77, 78, 103, 104, 150]) await createWaitingPatient(db, f, now, { weeksAgo, extraDays: 1 });
    await createWaitingPatient(db, f, now, { weeksAgo: 40, priority: "URGENT" });
    // Either side of the 52-week boundary on the same day: the day's count is split exactly.
    await createWaitingPatient(db, f, now, { weeksAgo: 52 });
    await createWaitingPatient(db, f, now, { weeksAgo: 52, extraDays: -1 / 24 });
    const counts = await countByBand(db, waitingListFilterSchema.parse({ serviceId: f.service.id }), now);
    expect(counts.total).toBe(16);
    for (const band of WAIT_BANDS) {
      const listed = await allPages(waitingListFilterSchema.parse({ serviceId: f.service.id, band: band.key }), 50);
      expect(counts.bands.find((b) => b.key === band.key)?.count, band.key).toBe(listed.length);
      expect(listed.every((row) => row.band.key === band.key)).toBe(true);
    }
    expect(counts.bands.map((b) => b.count)).toEqual([3, 4, 3, 2, 2, 2]);
    // The per-day counts follow bookings, removals and priority changes, and agree with a direct count.
    const [first, second, third] = await db.waitingListEntry.findMany({ where: { serviceId: f.service.id }, orderBy: { waitingSince: "asc" }, take: 3 });
    await db.waitingListEntry.update({ where: { id: first!.id }, data: { status: "REMOVED" } });
    await db.waitingListEntry.update({ where: { id: second!.id }, data: { status: "BOOKED" } });
    await db.waitingListEntry.update({ where: { id: third!.id }, data: { priority: "URGENT" } });
    const fromDays = await countByBand(db, waitingListFilterSchema.parse({ serviceId: f.service.id, booked: "no" }), now);
    const direct = await countByBand(db, waitingListFilterSchema.parse({ serviceId: f.service.id, booked: "no", pifu: "no" }), now);
    expect(fromDays).toEqual(direct);
    expect(fromDays.total).toBe(14);
    const urgentOnly = await countByBand(db, waitingListFilterSchema.parse({ serviceId: f.service.id, priority: "URGENT" }), now);
    expect(urgentOnly.total).toBe(2);
  });

  it("filters follow-ups overdue, validation status, bookings, invitations, communication needs and PIFU", async () => {
    const f = await createTestFixtures(db);
    const overdue = await createWaitingPatient(db, f, now, { weeksAgo: 10, kind: "FOLLOW_UP", dueBy: new Date("2026-06-01T00:00:00Z") });
    const notDue = await createWaitingPatient(db, f, now, { weeksAgo: 10, kind: "FOLLOW_UP", dueBy: new Date("2026-07-01T00:00:00Z") });
    const validated = await createWaitingPatient(db, f, now, { weeksAgo: 30 });
    await db.waitingListEntry.update({ where: { id: validated.entry.id }, data: { lastValidatedAt: new Date(now.getTime() - 2 * WEEK) } });
    const inProgress = await createWaitingPatient(db, f, now, { weeksAgo: 30 });
    await db.waitingListEntry.update({ where: { id: inProgress.entry.id }, data: { validationSentAt: new Date(now.getTime() - WEEK) } });
    const due = await createWaitingPatient(db, f, now, { weeksAgo: 13, patient: { communicationNeeds: ["LARGE_PRINT"] } });
    const booked = await createWaitingPatient(db, f, now, { weeksAgo: 5 });
    await db.waitingListEntry.update({ where: { id: booked.entry.id }, data: { status: "BOOKED" } });
    const invited = await createWaitingPatient(db, f, now, { weeksAgo: 4 });
    await db.waitingListEntry.update({ where: { id: invited.entry.id }, data: { invitedAt: now, inviteExpiresAt: new Date(now.getTime() + WEEK) } });
    const lapsed = await createWaitingPatient(db, f, now, { weeksAgo: 4 });
    await db.waitingListEntry.update({ where: { id: lapsed.entry.id }, data: { invitedAt: new Date(now.getTime() - 3 * WEEK), inviteExpiresAt: new Date(now.getTime() - WEEK) } });
    const pifu = await createWaitingPatient(db, f, now, { weeksAgo: 8 });
    await db.referral.update({ where: { id: pifu.referral.id }, data: { status: "ON_PIFU" } });

    const ids = async (extra: Record<string, string>) => (await allPages(waitingListFilterSchema.parse({ serviceId: f.service.id, ...extra }), 50)).map((row) => row.id).sort();
    const sorted = (...xs: { entry: { id: string } }[]) => xs.map((x) => x.entry.id).sort();
    expect(await ids({ overdue: "yes" })).toEqual(sorted(overdue));
    expect(await ids({ kind: "FOLLOW_UP" })).toEqual(sorted(overdue, notDue));
    expect(await ids({ validation: "validated" })).toEqual(sorted(validated));
    expect(await ids({ validation: "in-progress" })).toEqual(sorted(inProgress));
    expect(await ids({ validation: "due" })).toEqual(sorted(due));
    expect(await ids({ booked: "yes" })).toEqual(sorted(booked));
    expect(await ids({ invited: "yes" })).toEqual(sorted(invited));
    expect(await ids({ needs: "yes" })).toEqual(sorted(due));
    expect(await ids({ pifu: "yes" })).toEqual(sorted(pifu));
    expect((await ids({ pifu: "no" })).length).toBe(8);

    // The status each row shows agrees with the filter that finds it.
    const every = await allPages(waitingListFilterSchema.parse({ serviceId: f.service.id }), 50);
    for (const filter of VALIDATION_FILTERS.filter((v) => v !== "never")) {
      const found = new Set(await ids({ validation: filter }));
      for (const row of every) expect(found.has(row.id), `${filter} ${row.id}`).toBe(row.validation === filter);
    }
    expect(validationStatus({ waitingSince: new Date(now.getTime() - 11 * WEEK), lastValidatedAt: null, validationSentAt: null }, now)).toBe("not-due");
  });

  it("ignores filter values it does not know", () => {
    const filters = waitingListFilterSchema.parse({ serviceId: "nope", band: "1-2", priority: ["URGENT", "ROUTINE"], booked: "maybe" });
    expect(filters).toEqual({ serviceId: undefined, priority: "URGENT", kind: undefined, band: undefined, overdue: undefined, validation: undefined, needs: undefined, booked: undefined, invited: undefined, pifu: undefined });
  });
});

describe("the entry's place in turn", () => {
  it("starts at the referral's clock for a first appointment, at the request for a follow-up, and follows a new clock", async () => {
    const f = await createTestFixtures(db);
    const first = await createWaitingPatient(db, f, now, { weeksAgo: 20 });
    expect(first.entry.waitingSince).toEqual(first.referral.rttClockStartAt);
    const followUp = await createWaitingPatient(db, f, now, { weeksAgo: 6, kind: "FOLLOW_UP" });
    expect(followUp.entry.waitingSince).toEqual(followUp.entry.addedAt);
    const restarted = new Date(now.getTime() - WEEK);
    await db.referral.update({ where: { id: first.referral.id }, data: { rttClockStartAt: restarted } });
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: first.entry.id } })).waitingSince).toEqual(restarted);
  });
});

describe("the CSV export", () => {
  it("streams the filtered list in turn, with cells a spreadsheet cannot run", async () => {
    const f = await createTestFixtures(db);
    await createWaitingPatient(db, f, now, { weeksAgo: 30, patient: { familyName: "=HYPERLINK(\"x\")", givenName: "Ann, Jo" } });
    await createWaitingPatient(db, f, now, { weeksAgo: 3, priority: "URGENT" });
    const lines = [];
    for await (const line of exportWaitingListCsv(db, waitingListFilterSchema.parse({ serviceId: f.service.id }), now)) lines.push(line);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Position,NHS number,/);
    expect(lines[1]).toMatch(/^1,/);
    expect(lines[1]).toContain("Urgent");
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")","Ann, Jo"`);
  });
});
