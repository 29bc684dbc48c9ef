import { describe, expect, it } from "vitest";
import { jobHandlers } from "../platform/jobs/handlers";
import { createSchedulingFixtures } from "../platform/testing/scheduling-fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { GENERATE_SLOTS_QUEUE, generateSlotsJob, scheduleNextSlotGeneration } from "./generate-slots-job";

const db = setupTestDatabase();

describe("the generate-slots job", () => {
  it("is registered with the worker", () => {
    expect(jobHandlers()[GENERATE_SLOTS_QUEUE]).toBe(generateSlotsJob);
  });

  it("queues one run per London night at 02:00, however often it is asked", async () => {
    // Far-future days so no other test or worker is using these keys.
    const keys = ["generate-slots:2031-03-30", "generate-slots:2031-03-31", "generate-slots:2031-07-01"];
    try {
      const spring = await scheduleNextSlotGeneration(db, new Date("2031-03-29T12:00:00Z"));
      expect(spring).toEqual({ runAt: new Date("2031-03-30T01:00:00Z"), uniqueKey: keys[0] });
      await scheduleNextSlotGeneration(db, new Date("2031-03-29T18:00:00Z"));
      expect(await db.job.count({ where: { uniqueKey: keys[0] } })).toBe(1);
      // Just after 02:00 the next run is tomorrow's.
      expect((await scheduleNextSlotGeneration(db, new Date("2031-03-30T01:00:01Z"))).uniqueKey).toBe(keys[1]);
      // Before 02:00 (BST) it is tonight's.
      expect(await scheduleNextSlotGeneration(db, new Date("2031-07-01T00:30:00Z"))).toEqual({ runAt: new Date("2031-07-01T01:00:00Z"), uniqueKey: keys[2] });
    } finally {
      await db.job.deleteMany({ where: { uniqueKey: { in: keys } } });
    }
  });

  it("generates the named clinics' slots without starting another nightly chain", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 3, start: "09:00", end: "10:00" });
    const now = new Date("2026-02-02T00:00:00Z");
    const jobsBefore = await db.job.count({ where: { queue: GENERATE_SLOTS_QUEUE } });

    await generateSlotsJob({ clinicIds: [f.clinic.id] }, { db, now });

    expect(await f.openSlots()).toHaveLength(12 * 2);
    expect(await db.job.count({ where: { queue: GENERATE_SLOTS_QUEUE } })).toBe(jobsBefore);
  });
});
