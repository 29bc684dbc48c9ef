import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { listOpenTasks, WORKLIST_PAGE_SIZE } from "./open-tasks";

const db = setupTestDatabase();

describe("the open worklist", () => {
  it("comes a page at a time, with the full count, soonest due first and no task on two pages", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const soon = Date.now() - 365 * 86_400_000; // due before anything other tests create
    await db.worklistTask.createMany({
      data: Array.from({ length: WORKLIST_PAGE_SIZE + 5 }, (_, i) => ({
        kind: "VALIDATION" as const,
        patientId: patient.id,
        summary: `Validate pathway ${i}`,
        dueBy: new Date(soon + i * 60_000),
      })),
    });
    const first = await listOpenTasks(db, { kind: "VALIDATION" });
    const second = await listOpenTasks(db, { kind: "VALIDATION", page: 2 });
    expect(first.tasks).toHaveLength(WORKLIST_PAGE_SIZE);
    expect(first.total).toBeGreaterThanOrEqual(WORKLIST_PAGE_SIZE + 5);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(first.tasks[0]?.summary).toBe("Validate pathway 0");
    const firstIds = new Set(first.tasks.map((t) => t.id));
    expect(second.tasks.some((t) => firstIds.has(t.id))).toBe(false);
    expect(second.tasks.map((t) => t.summary)).toContain(`Validate pathway ${WORKLIST_PAGE_SIZE}`);
  });
});
