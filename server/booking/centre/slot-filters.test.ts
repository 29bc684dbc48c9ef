import { describe, expect, it } from "vitest";
import { bookAppointment } from "../core/book-appointment";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { dayKey } from "../../scheduling/diary/diary-schema";
import { slotDays } from "./slot-choices";
import { searchSlots } from "./slot-filters";

const db = setupTestDatabase();
const DAY = 86_400_000;

describe("searchSlots", () => {
  it("searches six weeks of the entry's service and type by default, staff-only slots included", async () => {
    const f = await createTestFixtures(db);
    const [taken, free] = await f.createSlots(2);
    const staffOnly = await f.createSlot({ offsetMinutes: 24 * 60, patientBookable: false });
    await f.createSlot({ startsAt: new Date(Date.now() + 50 * DAY) });
    const patient = await f.createPatient();
    await bookAppointment(db, { slotId: taken!.id, patientId: patient.id, channel: "STAFF" }, testStaffActor);

    const search = await searchSlots(db, {}, { serviceId: f.service.id, appointmentTypeId: f.appointmentType.id });

    expect(search.errors).toEqual({});
    expect(search.slots.map((s) => s.id)).toEqual([free!.id, staffOnly.id]);
    expect(search.filters).toMatchObject({ serviceId: f.service.id, appointmentTypeId: f.appointmentType.id, from: dayKey(new Date()) });
    const days = slotDays(search.slots);
    expect(days.map((d) => d.key)).toEqual([dayKey(free!.startsAt), dayKey(staffOnly.startsAt)]);
    expect(days[0]!.slots[0]!.hint).toContain(f.clinician.name);
  });

  it("narrows by dates (London days, both included) and reports impossible ones", async () => {
    const f = await createTestFixtures(db);
    const first = await f.createSlot();
    await f.createSlot({ offsetMinutes: 3 * 24 * 60 });
    const day = dayKey(first.startsAt);

    const oneDay = await searchSlots(db, { from: day, to: day }, { serviceId: f.service.id });
    expect(oneDay.slots.map((s) => s.id)).toEqual([first.id]);

    const bad = await searchSlots(db, { from: day, to: "2020-01-01" }, { serviceId: f.service.id });
    expect(bad.errors).toEqual({ to: "The end date must be the same as or after the start date" });
    expect(bad.slots).toHaveLength(2);
    expect((await searchSlots(db, { from: "2026-02-30" }, { serviceId: f.service.id })).errors).toEqual({ from: "The start date must be a real date" });
  });

  it("treats an empty filter as any, and a missing one as the default", async () => {
    const f = await createTestFixtures(db);
    const phone = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "TEL", name: "Telephone", kind: "NEW", mode: "TELEPHONE", durationMinutes: 30 },
    });
    const inPerson = await f.createSlot();
    const call = await f.createSlot({ offsetMinutes: 60, appointmentTypeId: phone.id });
    const defaults = { serviceId: f.service.id, appointmentTypeId: f.appointmentType.id };

    expect((await searchSlots(db, {}, defaults)).slots.map((s) => s.id)).toEqual([inPerson.id]);
    expect((await searchSlots(db, { appointmentTypeId: "" }, defaults)).slots.map((s) => s.id)).toEqual([inPerson.id, call.id]);
    expect((await searchSlots(db, { appointmentTypeId: "", mode: "TELEPHONE" }, defaults)).slots.map((s) => s.id)).toEqual([call.id]);
  });
});
