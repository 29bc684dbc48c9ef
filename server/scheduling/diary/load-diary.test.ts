import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { bookAppointment } from "../../booking/core/book-appointment";
import { cancelAppointment } from "../../booking/core/cancel-appointment";
import { recordAttendance } from "../../booking/core/record-attendance";
import type { Db } from "../../platform/db/client";
import { Prisma } from "../../platform/db/generated/client";
import { createTestFixtures, testStaffActor, type TestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { dayKey, diaryRange } from "./diary-schema";
import { diaryQuery, loadDiary } from "./load-diary";

const db = setupTestDatabase();

/** London wall-clock times on the fixture's (random, future) day. */
function londonDay(f: TestFixtures) {
  const key = dayKey(f.base);
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return { key, at: (hour: number, minute = 0) => new TZDate(y, m - 1, d, hour, minute, "Europe/London") };
}

describe("loadDiary", () => {
  it("shows each time once with its bookings and status, and the share of places used", async () => {
    const f = await createTestFixtures(db);
    const { key, at } = londonDay(f);
    const phone = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "TEL", name: "Telephone appointment", kind: "NEW", mode: "TELEPHONE", durationMinutes: 30 },
    });
    const nine = await f.createSlot({ startsAt: at(9) });
    await f.createSlot({ startsAt: at(9), appointmentTypeId: phone.id });
    const halfNine = await f.createSlot({ startsAt: at(9, 30) });
    const ten = await f.createSlot({ startsAt: at(10), status: "CANCELLED" });
    await db.slot.update({ where: { id: ten.id }, data: { cancelReason: "Clinician on leave" } });
    const halfTen = await f.createSlot({ startsAt: at(10, 30) });
    const group = await f.createSlot({ startsAt: at(11), capacity: 3 });
    const [a, b, c, d, e] = await f.createPatients(5);
    const book = (slotId: string, patientId: string) => bookAppointment(db, { slotId, patientId, channel: "STAFF" }, testStaffActor);
    const booked = await book(nine.id, a!.id);
    const cancelled = await book(halfNine.id, b!.id);
    await cancelAppointment(db, { appointmentId: cancelled.appointment.id, requestedBy: "PATIENT", reason: "Feeling better" }, testStaffActor);
    const missed = await book(halfTen.id, c!.id);
    await recordAttendance(db, { appointmentId: missed.appointment.id, status: "DID_NOT_ATTEND" }, testStaffActor, { now: at(11) });
    await book(group.id, d!.id);
    await book(group.id, e!.id);

    const diary = await loadDiary(db, { kind: "clinic", id: f.clinic.id }, "day", key);

    expect(diary.days).toHaveLength(1);
    const [day] = diary.days;
    expect(day!.positions.map((p) => [p.startsAt.getTime(), p.blocked, p.capacity, p.bookings.map((x) => [x.patient.id, x.status])])).toEqual([
      [at(9).getTime(), false, 1, [[a!.id, "BOOKED"]]],
      [at(9, 30).getTime(), false, 1, []],
      [at(10).getTime(), true, 0, []],
      [at(10, 30).getTime(), false, 1, [[c!.id, "DID_NOT_ATTEND"]]],
      [at(11).getTime(), false, 3, [[d!.id, "BOOKED"], [e!.id, "BOOKED"]]],
    ]);
    expect(day!.positions[0]!.appointmentTypes).toEqual(["New appointment", "Telephone appointment"]);
    expect(day!.positions[2]!.cancelReason).toBe("Clinician on leave");
    expect(day!.positions[0]!.bookings[0]).toMatchObject({ appointmentId: booked.appointment.id, patient: { givenName: a!.givenName, familyName: a!.familyName, nhsNumber: a!.nhsNumber } });
    // Places: 9:00, 9:30, 10:30 and three at 11:00 (10:00 is cancelled); used: 9:00, 10:30 and two at 11:00.
    expect(day).toMatchObject({ used: 4, capacity: 6, utilisation: 67 });
    expect(diary).toMatchObject({ used: 4, capacity: 6, utilisation: 67 });
  });

  it("shows a week Monday to Sunday, and a clinician's diary across their clinics", async () => {
    const f = await createTestFixtures(db);
    const { key, at } = londonDay(f);
    const otherLocation = await db.location.create({ data: { code: `L2-${f.code}`, name: "Second site", addressLine1: "2 Road", town: "Town", postcode: "NF2 2AA" } });
    const secondClinic = await db.clinic.create({
      data: { code: `C2-${f.code}`, name: `Second clinic ${f.code}`, serviceId: f.service.id, locationId: otherLocation.id, clinicianId: f.clinician.id },
    });
    await f.createSlot({ startsAt: at(9) });
    await f.createSlot({ startsAt: at(14), clinicId: secondClinic.id });
    const patient = await f.createPatient();
    await bookAppointment(db, { slotId: (await f.createSlot({ startsAt: at(15) })).id, patientId: patient.id, channel: "STAFF" }, testStaffActor);

    const week = await loadDiary(db, { kind: "clinic", id: f.clinic.id }, "week", key);
    expect(week.days).toHaveLength(7);
    expect(week.days.map((d) => d.date.getDay())).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week.days.find((d) => d.key === key)!.positions).toHaveLength(2);
    expect(week.days.filter((d) => d.key !== key).every((d) => d.positions.length === 0)).toBe(true);
    expect(week).toMatchObject({ used: 1, capacity: 2, utilisation: 50 });

    const clinician = await loadDiary(db, { kind: "clinician", id: f.clinician.id }, "day", key);
    expect(clinician.days[0]!.positions.map((p) => p.clinicName)).toEqual([f.clinic.name, secondClinic.name, f.clinic.name]);
  });

  it("answers in one query, on the Slot indexes", async () => {
    const f = await createTestFixtures(db);
    const { key } = londonDay(f);
    const DAY = 86_400_000;
    await db.$executeRaw`
      INSERT INTO "Slot" ("id", "clinicId", "clinicianId", "appointmentTypeId", "startsAt", "endsAt", "updatedAt")
      SELECT gen_random_uuid(), ${f.clinic.id}::uuid, ${f.clinician.id}::uuid, ${f.appointmentType.id}::uuid, t, t + interval '15 minutes', now()
      FROM generate_series(${new Date(f.base.getTime() + 30 * DAY)}::timestamptz, ${new Date(f.base.getTime() + 395 * DAY)}::timestamptz, interval '15 minutes') AS t`;
    await db.$executeRaw`ANALYZE "Slot"`;

    const calls: string[] = [];
    const counting = new Proxy(db, {
      get(target, property, receiver) {
        calls.push(String(property));
        return Reflect.get(target, property, receiver);
      },
    }) as Db;
    await loadDiary(counting, { kind: "clinic", id: f.clinic.id }, "week", key);
    expect(calls).toEqual(["$queryRaw"]);

    const range = diaryRange("week", key);
    for (const owner of [{ kind: "clinic", id: f.clinic.id }, { kind: "clinician", id: f.clinician.id }] as const) {
      const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${diaryQuery(owner, range.from, range.to)}`)).map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan, plan).not.toMatch(/Seq Scan on "Slot"/);
    }
  });
});

describe("diaryRange", () => {
  it("covers the London days around the clock changes", () => {
    // The week of Sunday 25 October 2026, when the clocks go back: 7 days of 24 hours and one extra hour.
    const autumn = diaryRange("week", "2026-10-22");
    expect(new Date(autumn.from.getTime()).toISOString()).toBe("2026-10-18T23:00:00.000Z");
    expect(new Date(autumn.to.getTime()).toISOString()).toBe("2026-10-26T00:00:00.000Z");
    expect(autumn.days.map(dayKey)).toEqual(["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-24", "2026-10-25"]);
    expect([autumn.previous, autumn.next]).toEqual(["2026-10-12", "2026-10-26"]);
    // Sunday 29 March 2026, when they go forward: a 23-hour day.
    const spring = diaryRange("day", "2026-03-29");
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    expect([spring.previous, spring.next]).toEqual(["2026-03-28", "2026-03-30"]);
  });
});
