import { seedDemoTrust } from "../../prisma/seed/index";
import { createDbClient, type Db } from "../../server/platform/db/client";
import { createTestFixtures } from "../../server/platform/testing/fixtures";
import { patientBookableTypes } from "../../server/booking/self-service/bookable-entries";
import { addDays, londonDayOf } from "../../server/booking/self-service/london-days";
import { MAX_SLOTS_SHOWN, searchPatientSlots, serviceLocations } from "../../server/booking/self-service/search-slots";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

const RUNS = 300;

/**
 * The patient's "choose a time" search on the seeded demo trust (8 weeks of
 * generated slots, the coming weeks partly booked): MSK physiotherapy, the
 * busiest service, new appointments in person, by phone and by video. Server
 * time in the app process, database round trips included; target p95 < 50 ms.
 */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  try {
    const now = new Date();
    await seedDemoTrust(db, { today: now });
    const service = await db.service.findUniqueOrThrow({ where: { code: "MSK" }, select: { id: true } });
    const types = await patientBookableTypes(db, service.id, "NEW");
    const today = londonDayOf(now);
    const sixWeeks = { from: today, to: addDays(today, 41) };
    const twoWeeks = { from: today, to: addDays(today, 13) };
    const [location] = await serviceLocations(db, service.id);
    const slotCount = await db.slot.count({
      where: { clinic: { serviceId: service.id }, startsAt: { gte: now, lt: new Date(now.getTime() + 42 * 86_400_000) } },
    });
    const free = (await searchPatientSlots(db, types, sixWeeks, now, 499)).slots.length;
    console.log(`MSK physiotherapy: ${slotCount} slots in the next 6 weeks, ${free} free for patients to book (counting up to 499) (${types.length} appointment types)`);

    for (let i = 0; i < 20; i++) await searchPatientSlots(db, types, sixWeeks, now);
    console.log(summarise(`patient slot search, 6 weeks of one service (first ${MAX_SLOTS_SHOWN} times)`, await timeRuns(RUNS, () => searchPatientSlots(db, types, sixWeeks, now))));
    console.log(summarise("patient slot search, 6 weeks, up to 499 times", await timeRuns(RUNS, () => searchPatientSlots(db, types, sixWeeks, now, 499))));
    console.log(summarise("patient slot search, the default 2 weeks", await timeRuns(RUNS, () => searchPatientSlots(db, types, twoWeeks, now))));
    console.log(
      summarise(
        "patient slot search, 6 weeks, video only at one place",
        await timeRuns(RUNS, () => searchPatientSlots(db, types, { ...sixWeeks, mode: "VIDEO", locationId: location?.id }, now)),
      ),
    );

    await denseService(db, now);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

/**
 * A busier service than the demo's: 5 clinics running weekdays 9am to 5pm in
 * 15-minute slots for 6 weeks (4,800 slots, in person, phone and video in turn),
 * 40% of them booked.
 */
async function denseService(db: Db, now: Date): Promise<void> {
  const f = await createTestFixtures(db, { durationMinutes: 15, minNoticeHours: 24 });
  const extraTypes = await Promise.all(
    (["TELEPHONE", "VIDEO"] as const).map((mode) =>
      db.appointmentType.create({ data: { serviceId: f.service.id, code: `NEW-${mode}`, name: `New (${mode.toLowerCase()})`, kind: "NEW", mode, durationMinutes: 15 } }),
    ),
  );
  const typeIds = [f.appointmentType.id, ...extraTypes.map((t) => t.id)];
  const clinics = [{ id: f.clinic.id, clinicianId: f.clinician.id }];
  for (let i = 1; i < 5; i++) {
    const clinician = await f.createClinician();
    clinics.push(
      await db.clinic.create({
        data: { code: `${f.code}-${i}`, name: `Clinic ${i}`, serviceId: f.service.id, locationId: f.location.id, clinicianId: clinician.id },
        select: { id: true, clinicianId: true },
      }),
    );
  }
  const from = new Date(Math.ceil(now.getTime() / 86_400_000) * 86_400_000);
  const to = new Date(from.getTime() + 42 * 86_400_000);
  for (const clinic of clinics) {
    await db.$executeRaw`
      INSERT INTO "Slot" ("id", "clinicId", "clinicianId", "appointmentTypeId", "startsAt", "endsAt", "updatedAt")
      SELECT gen_random_uuid(), ${clinic.id}::uuid, ${clinic.clinicianId}::uuid,
             (${typeIds}::uuid[])[1 + ((extract(epoch FROM t)::bigint / 900) % 3)], t, t + interval '15 minutes', now()
      FROM generate_series(${from}::timestamptz, ${to}::timestamptz, interval '15 minutes') AS t
      WHERE extract(isodow FROM t AT TIME ZONE 'Europe/London') < 6
        AND (t AT TIME ZONE 'Europe/London')::time >= '09:00' AND (t AT TIME ZONE 'Europe/London')::time < '17:00'`;
  }
  // 40% booked, each by a patient of their own (appointments keep the clinician-overlap check honest).
  await db.$executeRaw`
    WITH chosen AS (
      SELECT s.*, row_number() OVER (ORDER BY s."id") AS n FROM "Slot" s
      JOIN "Clinic" c ON c."id" = s."clinicId" WHERE c."serviceId" = ${f.service.id}::uuid AND random() < 0.4
    ), patients AS (
      INSERT INTO "Patient" ("id", "nhsNumber", "givenName", "familyName", "dateOfBirth", "addressLine1", "town", "postcode", "updatedAt")
      SELECT gen_random_uuid(), '8' || lpad(n::text, 9, '0'), 'Bench', 'Patient ' || n, '1970-01-01', '1 Bench Road', 'Northfield', 'B1 1AA', now() FROM chosen
      RETURNING "id", substr("nhsNumber", 2)::bigint AS n
    )
    INSERT INTO "Appointment" ("id", "slotId", "patientId", "appointmentTypeId", "clinicId", "clinicianId", "startsAt", "endsAt", "bookingChannel", "calendarUid", "updatedAt")
    SELECT gen_random_uuid(), c."id", p."id", c."appointmentTypeId", c."clinicId", c."clinicianId", c."startsAt", c."endsAt", 'STAFF', gen_random_uuid()::text || '@bench', now()
    FROM chosen c JOIN patients p ON p.n = c.n`;
  await db.$executeRaw`ANALYZE`;
  const types = await patientBookableTypes(db, f.service.id, "NEW");
  const today = londonDayOf(now);
  const sixWeeks = { from: today, to: addDays(today, 41) };
  const total = await db.slot.count({ where: { clinic: { serviceId: f.service.id } } });
  const booked = await db.appointment.count({ where: { clinic: { serviceId: f.service.id } } });
  console.log(`dense service: ${total} slots over 6 weeks in 5 clinics, ${booked} booked`);
  for (let i = 0; i < 20; i++) await searchPatientSlots(db, types, sixWeeks, now);
  console.log(summarise(`dense: patient slot search, 6 weeks (first ${MAX_SLOTS_SHOWN} times)`, await timeRuns(RUNS, () => searchPatientSlots(db, types, sixWeeks, now))));
  console.log(summarise("dense: patient slot search, 6 weeks, up to 499 times", await timeRuns(RUNS, () => searchPatientSlots(db, types, sixWeeks, now, 499))));
  console.log(summarise("dense: patient slot search, 6 weeks, telephone only", await timeRuns(RUNS, () => searchPatientSlots(db, types, { ...sixWeeks, mode: "TELEPHONE" }, now))));
}
