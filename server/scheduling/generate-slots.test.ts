import { describe, expect, it } from "vitest";
import { setSetting } from "../platform/settings/settings";
import { createSchedulingFixtures } from "../platform/testing/scheduling-fixtures";
import { testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { addClinicClosure, removeClinicClosure } from "./clinic-closures";
import { generateSlots } from "./generate-slots";
import { londonDateOf } from "./london-wall-clock";

const db = setupTestDatabase();

/** Midnight London on Monday 5 January 2026: twelve weeks with no bank holiday follow. */
const JAN_5 = new Date("2026-01-05T00:00:00Z");

const weekOf = (instant: Date) => Math.floor((instant.getTime() - JAN_5.getTime()) / (7 * 86_400_000));

describe("generateSlots", () => {
  it("makes every slot of the templates for the horizon, week by week", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 1, start: "09:00", end: "12:00" });
    await f.addSession({ weekday: 3, start: "13:30", end: "17:00", slotMinutes: 30, typeIds: [f.followUpType.id] });

    const summary = await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 12 });

    expect(summary).toMatchObject({ clinics: 1, created: 12 * 13, removed: 0, needsRebooking: 0, until: "2026-03-30" });
    const slots = await f.openSlots();
    const perWeek = new Map<number, number>();
    for (const slot of slots) perWeek.set(weekOf(slot.startsAt), (perWeek.get(weekOf(slot.startsAt)) ?? 0) + 1);
    expect([...perWeek.values()]).toEqual(Array(12).fill(13));
    expect(slots[0]).toMatchObject({
      startsAt: new Date("2026-01-05T09:00:00Z"),
      endsAt: new Date("2026-01-05T09:30:00Z"),
      clinicianId: f.clinician.id,
      appointmentTypeId: f.appointmentType.id,
      patientBookable: true,
      capacity: 1,
    });
    // Slots copy whether patients may book them from their appointment type.
    expect(slots.filter((s) => s.appointmentTypeId === f.followUpType.id).every((s) => !s.patientBookable)).toBe(true);
  });

  it("is idempotent: running again changes nothing", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 2, start: "09:00", end: "12:00", typeIds: [f.appointmentType.id, f.followUpType.id] });
    await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 4 });
    const first = await f.openSlots();

    const again = await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 4 });
    const twice = await Promise.all([
      generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 4 }),
      generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 4 }),
    ]);

    expect(again).toMatchObject({ created: 0, updated: 0, removed: 0, displaced: 0 });
    expect(twice.map((s) => s.created)).toEqual([0, 0]);
    expect(await f.openSlots()).toEqual(first);
    expect(first).toHaveLength(4 * 6);
  });

  it("rolls the horizon forward a day at a time", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 1, start: "09:00", end: "10:00" });
    await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 2 });
    const nextDay = await generateSlots(db, { clinicIds: [f.clinic.id], now: new Date("2026-01-06T00:00:00Z"), horizonWeeks: 2 });
    expect(nextDay.created).toBe(2); // Monday 19 January comes into the horizon
    expect((await f.openSlots()).map((s) => londonDateOf(s.startsAt))).toEqual(["2026-01-05", "2026-01-05", "2026-01-12", "2026-01-12", "2026-01-19", "2026-01-19"]);
  });

  it("skips England and Wales bank holidays, or the trust's own list when set", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 1, start: "09:00", end: "10:00" });
    const now = new Date("2026-04-26T23:00:00Z"); // Monday 27 April, London
    await generateSlots(db, { clinicIds: [f.clinic.id], now, horizonWeeks: 5 });
    const days = new Set((await f.openSlots()).map((s) => londonDateOf(s.startsAt)));
    expect([...days]).toEqual(["2026-04-27", "2026-05-11", "2026-05-18"]); // not 4 or 25 May

    // The setting replaces the list (tried in a transaction rolled back, as the database is shared).
    const rollback = new Error("roll back");
    await expect(
      db.$transaction(async (tx) => {
        await setSetting(tx, "bankHolidays", ["2026-05-11"]);
        await generateSlots(tx, { clinicIds: [f.clinic.id], now, horizonWeeks: 5 });
        const overridden = await tx.slot.findMany({ where: { clinicId: f.clinic.id, status: { not: "CANCELLED" } }, select: { startsAt: true } });
        expect(new Set(overridden.map((s) => londonDateOf(s.startsAt)))).toEqual(new Set(["2026-04-27", "2026-05-04", "2026-05-18", "2026-05-25"]));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(new Set((await f.openSlots()).map((s) => londonDateOf(s.startsAt)))).toEqual(days);
  });

  it("skips days the clinic is closed, and brings the slots back when the closure is removed", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 1, start: "09:00", end: "10:00" });
    await f.addSession({ weekday: 2, start: "09:00", end: "10:00" });
    await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 3 });

    const { closureId, slots } = await addClinicClosure(
      db,
      f.clinic.id,
      { startDate: "2026-01-12", endDate: "2026-01-13", reason: "Staff training" },
      testStaffActor,
      { now: JAN_5 },
    );
    expect(slots).toMatchObject({ removed: 4, needsRebooking: 0 });
    expect((await f.openSlots()).map((s) => londonDateOf(s.startsAt))).not.toContain("2026-01-12");
    expect(await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 3 })).toMatchObject({ created: 0, removed: 0 });

    // Template changes generate to the horizon setting (12 weeks by default).
    await removeClinicClosure(db, { clinicId: f.clinic.id, closureId }, testStaffActor, { now: JAN_5 });
    const reopened = await f.openSlots();
    expect(reopened).toHaveLength(12 * 4);
    expect(reopened.filter((s) => ["2026-01-12", "2026-01-13"].includes(londonDateOf(s.startsAt)))).toHaveLength(4);
  });

  it("gives 09:00 London slots on both clock-change days, and none in the hour that does not exist", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 7, start: "09:00", end: "12:00" });
    await f.addSession({ weekday: 7, start: "01:00", end: "02:00" });

    await generateSlots(db, { clinicIds: [f.clinic.id], now: new Date("2026-03-28T00:00:00Z"), horizonWeeks: 1 });
    await generateSlots(db, { clinicIds: [f.clinic.id], now: new Date("2026-10-24T00:00:00Z"), horizonWeeks: 1 });

    const slots = await f.openSlots();
    const march = slots.filter((s) => londonDateOf(s.startsAt) === "2026-03-29");
    const october = slots.filter((s) => londonDateOf(s.startsAt) === "2026-10-25");
    // Spring forward: 09:00 BST is 08:00Z; 01:00–02:00 does not exist, so that session gives nothing.
    expect(march.map((s) => s.startsAt.toISOString())).toEqual(
      ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30"].map((t) => `2026-03-29T${t}:00.000Z`),
    );
    // Fall back: 09:00 GMT is 09:00Z; 01:00–02:00 runs once, in its GMT pass.
    expect(october.map((s) => s.startsAt.toISOString())).toEqual(
      ["01:00", "01:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"].map((t) => `2026-10-25T${t}:00.000Z`),
    );
    for (const slot of [...march, ...october]) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
  });

  it("offers each place for one type, taking turns through the session's mix", async () => {
    const f = await createSchedulingFixtures(db);
    await f.addSession({ weekday: 1, start: "09:00", end: "11:00", typeIds: [f.followUpType.id, f.appointmentType.id] });
    await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 1 });
    const slots = await f.openSlots();
    expect(slots.map((s) => [s.startsAt.toISOString().slice(11, 16), s.appointmentTypeId])).toEqual([
      ["09:00", f.appointmentType.id],
      ["09:30", f.followUpType.id],
      ["10:00", f.appointmentType.id],
      ["10:30", f.followUpType.id],
    ]);
  });

  it("leaves slots added by hand alone", async () => {
    const f = await createSchedulingFixtures(db);
    const extra = await f.createSlot({ startsAt: new Date("2026-01-07T15:00:00Z") });
    await f.addSession({ weekday: 1, start: "09:00", end: "10:00" });
    const summary = await generateSlots(db, { clinicIds: [f.clinic.id], now: JAN_5, horizonWeeks: 1 });
    expect(summary).toMatchObject({ created: 2, removed: 0 });
    expect((await db.slot.findUniqueOrThrow({ where: { id: extra.id } })).status).toBe("AVAILABLE");
  });
});
