import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { exportWlmds, lastWeekEnding, WLMDS_COLUMNS } from "./export-wlmds";
import { createWaitingPatient } from "./testing";

const db = setupTestDatabase();
// Monday 15 June 2026: the last full week ended on Sunday 14 June.
const now = new Date("2026-06-15T10:00:00Z");

async function rowsFor(pathways: string[]) {
  const rows: Record<string, string>[] = [];
  for await (const line of exportWlmds(db, "2026-06-14")) {
    const cells = line.trimEnd().split(",");
    if (cells[0] === WLMDS_COLUMNS[0]) continue;
    const row = Object.fromEntries(WLMDS_COLUMNS.map((column, i) => [column, cells[i] ?? ""]));
    if (pathways.includes(row.PATIENT_PATHWAY_IDENTIFIER!)) rows.push(row);
  }
  return rows;
}

describe("the weekly WLMDS-shaped export", () => {
  it("lists open pathways, clocks started and stopped in the week, and not those stopped before", async () => {
    expect(lastWeekEnding(now)).toBe("2026-06-14");
    expect(lastWeekEnding(new Date("2026-06-14T12:00:00Z"))).toBe("2026-06-07");
    const f = await createTestFixtures(db);
    const open = await createWaitingPatient(db, f, now, { weeksAgo: 20, priority: "URGENT" });
    const started = await createWaitingPatient(db, f, now, { weeksAgo: 0, extraDays: 3 });
    const stopped = await createWaitingPatient(db, f, now, { weeksAgo: 30 });
    await db.referral.update({ where: { id: stopped.referral.id }, data: { rttClockStopAt: new Date("2026-06-10T09:00:00Z"), rttStatusCode: "30" } });
    const stoppedEarlier = await createWaitingPatient(db, f, now, { weeksAgo: 30 });
    await db.referral.update({ where: { id: stoppedEarlier.referral.id }, data: { rttClockStopAt: new Date("2026-05-01T09:00:00Z"), rttStatusCode: "30" } });

    const rows = await rowsFor([open, started, stopped, stoppedEarlier].map((x) => x.referral.pathwayId));
    const byPathway = new Map(rows.map((row) => [row.PATIENT_PATHWAY_IDENTIFIER, row]));
    expect(rows).toHaveLength(3);
    expect(byPathway.get(open.referral.pathwayId)).toMatchObject({ WAITING_LIST_TYPE: "IRTT", PRIORITY_TYPE_CODE: "2", NHS_NUMBER: open.patient.nhsNumber, REFERRAL_TO_TREATMENT_PERIOD_END_DATE: "", WEEK_ENDING_DATE: "2026-06-14" });
    expect(byPathway.get(started.referral.pathwayId)).toMatchObject({ WAITING_LIST_TYPE: "NRTT" });
    expect(byPathway.get(stopped.referral.pathwayId)).toMatchObject({ WAITING_LIST_TYPE: "CRTT", REFERRAL_TO_TREATMENT_PERIOD_END_DATE: "2026-06-10", REFERRAL_TO_TREATMENT_PERIOD_STATUS: "30" });
  });
});
