import { describe, expect, it } from "vitest";
import { Prisma } from "../../platform/db/generated/client";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { findFreeSlots, freeSlotsQuery } from "./find-slots";
import type { FindFreeSlotsInput } from "./schemas";

const db = setupTestDatabase();
const DAY = 86_400_000;

describe("findFreeSlots", () => {
  it("lists free slots soonest first, skipping full, blocked and clinician-busy ones", async () => {
    const f = await createTestFixtures(db);
    const [full, free, later] = await f.createSlots(3);
    const group = await f.createSlot({ offsetMinutes: 600, capacity: 3 });
    await f.createSlot({ offsetMinutes: 300, status: "BLOCKED" });
    const staffOnly = await f.createSlot({ offsetMinutes: 330, patientBookable: false });
    // Same clinician, same time as `full`, another appointment type: busy once `full` is booked.
    const phone = await db.appointmentType.create({
      data: { serviceId: f.service.id, code: "TEL", name: "Telephone", kind: "NEW", mode: "TELEPHONE", durationMinutes: 30 },
    });
    const clash = await f.createSlot({ startsAt: full!.startsAt, appointmentTypeId: phone.id });
    const [a, b] = await f.createPatients(2);
    await bookAppointment(db, { slotId: full!.id, patientId: a!.id, channel: "STAFF" }, testStaffActor);
    await bookAppointment(db, { slotId: group.id, patientId: b!.id, channel: "STAFF" }, testStaffActor);
    const window = { from: f.base, to: new Date(f.base.getTime() + DAY) };

    const all = await findFreeSlots(db, { serviceId: f.service.id, ...window });
    expect(all.map((s) => s.id)).toEqual([free!.id, later!.id, staffOnly.id, group.id]);
    expect(all.find((s) => s.id === group.id)).toMatchObject({ placesLeft: 2, clinicName: f.clinic.name, locationId: f.location.id, mode: "IN_PERSON" });
    expect(all.map((s) => s.id)).not.toContain(clash.id);

    const online = await findFreeSlots(db, { appointmentTypeId: f.appointmentType.id, patientBookableOnly: true, limit: 2, ...window });
    expect(online.map((s) => s.id)).toEqual([free!.id, later!.id]);
    expect(await findFreeSlots(db, { serviceId: f.service.id, mode: "VIDEO", ...window })).toEqual([]);
    expect(await findFreeSlots(db, { locationId: f.location.id, ...window })).toHaveLength(4);
  });

  it("uses the Slot indexes, not a scan of every slot", async () => {
    const f = await createTestFixtures(db);
    // A year of 15-minute slots for this clinic (35,040 rows), then fresh statistics.
    await db.$executeRaw`
      INSERT INTO "Slot" ("id", "clinicId", "clinicianId", "appointmentTypeId", "startsAt", "endsAt", "updatedAt")
      SELECT gen_random_uuid(), ${f.clinic.id}::uuid, ${f.clinician.id}::uuid, ${f.appointmentType.id}::uuid, t, t + interval '15 minutes', now()
      FROM generate_series(${new Date(f.base.getTime() + 10 * DAY)}::timestamptz, ${new Date(f.base.getTime() + 375 * DAY)}::timestamptz, interval '15 minutes') AS t`;
    await db.$executeRaw`ANALYZE "Slot"`;
    const from = new Date(f.base.getTime() + 100 * DAY);
    const to = new Date(from.getTime() + 14 * DAY);
    const searches: FindFreeSlotsInput[] = [
      { appointmentTypeId: f.appointmentType.id, from, to, patientBookableOnly: true, limit: 20 },
      { serviceId: f.service.id, from, to, limit: 20 },
      { from, to, limit: 20 },
    ];
    for (const search of searches) {
      const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${freeSlotsQuery(search)}`)).map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan, plan).not.toMatch(/Seq Scan on "Slot"/);
      expect(plan, plan).toMatch(/Index (Only )?Scan.*on "Slot"|Bitmap Index Scan on "Slot_/);
    }
    const started = performance.now();
    const found = await findFreeSlots(db, searches[1]!);
    expect(found).toHaveLength(20);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
