/**
 * Booking-centre figures: free-slot search over six weeks for a service with 20
 * clinics, the diary views, and booking throughput with 200 clients racing for 50
 * slots (double bookings counted from the database afterwards: must be 0).
 * On a throwaway embedded database holding the demo trust plus the bench data.
 */
import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { PrismaPg } from "@prisma/adapter-pg";
import { addDays } from "date-fns";
import { seedDemoTrust } from "../../prisma/seed/index";
import { bookAppointment } from "../../server/booking/core/book-appointment";
import { SlotTakenError, BookingError } from "../../server/booking/core/errors";
import { findFreeSlots } from "../../server/booking/core/find-slots";
import { searchSlots } from "../../server/booking/centre/slot-filters";
import type { Db } from "../../server/platform/db/client";
import { PrismaClient } from "../../server/platform/db/generated/client";
import { dayKey } from "../../server/scheduling/diary/diary-schema";
import { loadDiary } from "../../server/scheduling/diary/load-diary";
import { createTestFixtures } from "../../server/platform/testing/fixtures";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

const CLINICS = 20;
const WEEKS = 8;
const BOOKED_SHARE = 0.4;
const CLIENTS = 200;
const RACE_SLOTS = 50;
const clerk = { userId: null, label: "Bench booking clerk" };

export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = client(database.url, 50);
  try {
    await seedDemoTrust(db, { today: new Date() });
    const service = await createBusyService(db);
    await db.$executeRaw`ANALYZE`;
    console.log(`data: ${service.slots.toLocaleString("en-GB")} slots and ${service.booked.toLocaleString("en-GB")} appointments in ${CLINICS} clinics over ${WEEKS} weeks, plus the demo trust`);

    const from = new Date();
    const to = addDays(from, 42);
    await findFreeSlots(db, { serviceId: service.id, from, to, limit: 50 });
    console.log(summarise("slot search, 6 weeks, service with 20 clinics (first 50)", await timeRuns(200, () => findFreeSlots(db, { serviceId: service.id, from, to, limit: 50 }))));
    console.log(summarise("slot search, 6 weeks, one appointment type (first 50)", await timeRuns(200, () => findFreeSlots(db, { appointmentTypeId: service.typeId, from, to, limit: 50 }))));
    const entry = { serviceId: service.id, appointmentTypeId: service.typeId };
    console.log(summarise("booking page slot list, 6 weeks, the entry's type (first 100)", await timeRuns(100, () => searchSlots(db, {}, entry))));
    console.log(summarise("booking page slot list, 6 weeks, any type (first 100)", await timeRuns(100, () => searchSlots(db, { appointmentTypeId: "" }, entry))));
    const monday = dayKey(addDays(new Date(), 7));
    console.log(summarise("diary, clinic day", await timeRuns(200, () => loadDiary(db, { kind: "clinic", id: service.clinicId }, "day", monday))));
    console.log(summarise("diary, clinic week", await timeRuns(200, () => loadDiary(db, { kind: "clinic", id: service.clinicId }, "week", monday))));
    console.log(summarise("diary, clinician week", await timeRuns(200, () => loadDiary(db, { kind: "clinician", id: service.clinicianId }, "week", monday))));

    // The demo trust's own diaries, as the seed fills them (slots from the templates, the next weeks booked).
    const busiest = await db.clinic.findUniqueOrThrow({ where: { code: "MSK-NCH-1" }, select: { id: true, clinicianId: true, serviceId: true } });
    const thisWeek = dayKey(new Date());
    console.log(summarise("seeded clinic diary, this week", await timeRuns(200, () => loadDiary(db, { kind: "clinic", id: busiest.id }, "week", thisWeek))));
    console.log(summarise("seeded MSK booking page slot list (first 100)", await timeRuns(100, () => searchSlots(db, { appointmentTypeId: "" }, { serviceId: busiest.serviceId }))));

    await race(database.url, db);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

/** A service with 20 clinics, each running 9am to 5pm on weekdays in 30-minute slots of two types, 40% booked. */
export async function createBusyService(db: Db) {
  const f = await createTestFixtures(db);
  const phone = await db.appointmentType.create({
    data: { serviceId: f.service.id, code: "FU-TEL", name: "Follow-up (telephone)", kind: "FOLLOW_UP", mode: "TELEPHONE", durationMinutes: 30 },
  });
  const clinics = [f.clinic];
  const clinicians = [f.clinician];
  for (let i = 1; i < CLINICS; i++) {
    const clinician = await f.createClinician();
    clinicians.push(clinician);
    clinics.push(
      await db.clinic.create({
        data: { code: `C-${f.code}-${i}`, name: `Bench clinic ${i}`, serviceId: f.service.id, locationId: f.location.id, clinicianId: clinician.id },
      }),
    );
  }
  const slots: Array<{ id: string; clinicId: string; clinicianId: string; appointmentTypeId: string; startsAt: Date; endsAt: Date }> = [];
  const today = new TZDate(new Date(), "Europe/London");
  for (let day = 1; day <= WEEKS * 7; day++) {
    const date = addDays(today, day);
    if (date.getDay() === 0 || date.getDay() === 6) continue;
    for (let half = 0; half < 16; half++) {
      const startsAt = new Date(new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), 9, half * 30, "Europe/London").getTime());
      clinics.forEach((clinic, i) => {
        slots.push({
          id: randomUUID(),
          clinicId: clinic.id,
          clinicianId: clinicians[i]!.id,
          appointmentTypeId: (half + i) % 3 === 0 ? phone.id : f.appointmentType.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        });
      });
    }
  }
  for (let i = 0; i < slots.length; i += 5000) await db.slot.createMany({ data: slots.slice(i, i + 5000) });
  // Slots are in time order with the 20 clinics side by side, so patients taken in turn never overlap themselves.
  // Patients the seed gave no appointments, so these cannot overlap the seed's.
  const patients = await db.patient.findMany({ where: { appointments: { none: {} } }, select: { id: true }, take: 1000, orderBy: { id: "asc" } });
  if (patients.length < CLINICS) throw new Error("The bench needs at least 20 patients without appointments");
  const appointments = slots
    .filter((_, i) => (i * 7919) % 100 < BOOKED_SHARE * 100)
    .map((slot, i) => ({ ...slot, id: randomUUID(), slotId: slot.id, patientId: patients[i % patients.length]!.id, bookingChannel: "STAFF" as const, calendarUid: `${randomUUID()}@bench` }));
  for (let i = 0; i < appointments.length; i += 2000) await db.appointment.createMany({ data: appointments.slice(i, i + 2000) });
  return { id: f.service.id, typeId: f.appointmentType.id, clinicId: f.clinic.id, clinicianId: f.clinician.id, slots: slots.length, booked: appointments.length };
}

/**
 * 200 clients (each its own patient) book at once from 50 free slots of one
 * appointment type: each picks a slot at random and, when it is taken, tries the
 * alternatives the booking core offers, until it books or none are left.
 */
async function race(url: string, db: Db): Promise<void> {
  const f = await createTestFixtures(db);
  const slots = await f.createSlots(RACE_SLOTS);
  const patients = await f.createPatients(CLIENTS);
  const app = client(url, 40);
  let attempts = 0;
  let lost = 0;
  let lastBooked = 0;
  const started = performance.now();
  const results = await Promise.all(
    patients.map(async (patient) => {
      let slotId: string | undefined = slots[Math.floor(Math.random() * slots.length)]!.id;
      while (slotId) {
        attempts++;
        try {
          await bookAppointment(app, { slotId, patientId: patient.id, channel: "STAFF", idempotencyKey: randomUUID() }, clerk);
          lastBooked = performance.now();
          return true;
        } catch (error) {
          if (!(error instanceof BookingError)) throw error;
          lost++;
          const alternatives: Array<{ id: string }> = error instanceof SlotTakenError ? error.alternatives : [];
          slotId = alternatives[Math.floor(Math.random() * alternatives.length)]?.id;
        }
      }
      return false;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const bookingSeconds = (lastBooked - started) / 1000;
  await app.$disconnect();
  const booked = results.filter(Boolean).length;
  const [overCapacity] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (
      SELECT s."id" FROM "Slot" s JOIN "Appointment" a ON a."slotId" = s."id" AND a."status" IN ('BOOKED', 'ARRIVED')
      WHERE s."clinicId" = ${f.clinic.id}::uuid GROUP BY s."id", s."capacity" HAVING count(*) > s."capacity") x`;
  const [clinicianOverlaps] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Appointment" a JOIN "Appointment" b
      ON a."clinicianId" = b."clinicianId" AND a."id" < b."id" AND a."slotId" <> b."slotId"
     AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")
    WHERE a."clinicianId" = ${f.clinician.id}::uuid AND a."status" IN ('BOOKED', 'ARRIVED') AND b."status" IN ('BOOKED', 'ARRIVED')`;
  const [countMismatch] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Slot" s
    WHERE s."clinicId" = ${f.clinic.id}::uuid
      AND s."bookedCount" <> (SELECT count(*) FROM "Appointment" a WHERE a."slotId" = s."id" AND a."status" IN ('BOOKED', 'ARRIVED'))`;
  const doubleBookings = overCapacity!.n + clinicianOverlaps!.n;
  console.log(
    `booking race: ${CLIENTS} clients, ${RACE_SLOTS} slots, pool of 40 connections: ${booked} booked in ${bookingSeconds.toFixed(2)} s = ${(booked / bookingSeconds).toFixed(0)} bookings/s; ` +
      `every client answered in ${seconds.toFixed(2)} s (${attempts} attempts = ${(attempts / seconds).toFixed(0)}/s, ${lost} lost races answered with alternatives)`,
  );
  console.log(`double bookings in the database: ${doubleBookings} (slots over capacity ${overCapacity!.n}, clinician overlaps ${clinicianOverlaps!.n}; slot counts out of step: ${countMismatch!.n})`);
}

/** The app's client shape with a pool of our choosing (the app's default pool is 10). */
function client(url: string, max: number): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 20_000 }),
    omit: { apiClient: { keyHash: true }, letter: { pdf: true } },
  }) as Db;
}
