/**
 * Booking throughput against the limit, on one PostgreSQL at the same concurrency:
 * (a) a raw-SQL reference transaction making the same writes as the app's booking
 * (appointment insert under the same exclusion constraints and capacity trigger,
 * waiting-list entry and referral claim, audit row, outbox message and its job,
 * reminder jobs) through a plain `pg` pool, (b) the app's bookAppointment, and for
 * context the bare two-statement transaction (lock the slot, insert). Every client
 * books its own patient into its own slot, so the figures are throughput, not
 * contention (staff-booking races clients for slots). The variants run in turn,
 * ROUNDS times, and the median round is printed: on a shared machine only the
 * ratios within one run mean anything. Double bookings are counted from the database.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { seedDemoTrust } from "../../prisma/seed/index";
import { bookAppointment } from "../../server/booking/core/book-appointment";
import type { Db } from "../../server/platform/db/client";
import { PrismaClient } from "../../server/platform/db/generated/client";
import { createTestFixtures } from "../../server/platform/testing/fixtures";
import { startTestDatabase } from "../lib/local-services";
import { percentile } from "./_stats";

const CLIENTS = 16;
const BOOKINGS_PER_ROUND = 480;
const ROUNDS = 3;
const clerk = { userId: null, label: "Bench booking clerk" };

type Booking = { slotId: string; patientId: string; referralId: string; waitingListEntryId: string };
type Variant = { name: string; book: (b: Booking) => Promise<unknown> };
type Result = { perSecond: number; p50: number; p95: number };

export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = prisma(database.url, CLIENTS);
  const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
  pool.on("error", () => {}); // idle connections closed by the database stopping at the end
  try {
    await seedDemoTrust(db, { today: new Date() });
    const variants: Variant[] = [
      { name: "raw SQL, same writes (a)", book: (b) => rawSqlBooking(pool, b) },
      { name: "app bookAppointment (b)", book: (b) => bookAppointment(db, { ...b, channel: "STAFF", idempotencyKey: randomUUID() }, clerk) },
      { name: "bare lock + insert", book: (b) => bareBooking(pool, b) },
    ];
    const results = new Map<string, Result[]>(variants.map((v) => [v.name, []]));
    const rssIdle = process.memoryUsage().rss;
    let rssPeak = rssIdle;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of variants) {
        const work = await bookingWork(db, BOOKINGS_PER_ROUND);
        await db.$executeRaw`ANALYZE "Slot", "Appointment", "WaitingListEntry", "Referral", "Job", "Message", "AuditEvent"`;
        results.get(variant.name)!.push(await drive(work, variant.book));
      }
    }
    clearInterval(sampler);

    const median = (name: string) => {
      const rounds = [...results.get(name)!].sort((x, y) => x.perSecond - y.perSecond);
      return rounds[Math.floor(rounds.length / 2)]!;
    };
    const reference = median(variants[0]!.name);
    console.log(`${CLIENTS} clients, ${BOOKINGS_PER_ROUND} bookings a round, median of ${ROUNDS} interleaved rounds:`);
    for (const variant of variants) {
      const r = median(variant.name);
      const ratio = ((r.perSecond / reference.perSecond) * 100).toFixed(0);
      console.log(`  ${variant.name}: ${r.perSecond.toFixed(0)} bookings/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms = ${ratio}% of raw SQL`);
    }
    console.log(`  (targets: the app's booking at least 50% of raw SQL, p95 under 50 ms)`);
    console.log(`bench process RSS (the domain booking runs in it): idle ${mb(rssIdle)}, peak under booking load ${mb(rssPeak)}`);
    console.log(`double bookings in the database: ${await doubleBookings(pool)}`);
  } finally {
    await pool.end();
    await db.$disconnect();
    await database.stop();
  }
}

/** Runs every booking with CLIENTS at a time; bookings per second and each booking's latency. */
async function drive(work: Booking[], book: (b: Booking) => Promise<unknown>): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < work.length) {
        const booking = work[next++]!;
        const t = performance.now();
        await book(booking);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: work.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/**
 * `count` bookings ready to make: a fresh service with CLIENTS clinics, a future
 * slot each, and for each slot a patient with an accepted referral waiting.
 */
async function bookingWork(db: Db, count: number): Promise<Booking[]> {
  const f = await createTestFixtures(db);
  const rows = await db.$queryRaw<Booking[]>`
    WITH clinicians AS (
      INSERT INTO "Clinician" ("id", "name", "professionalRole", "serviceId")
      SELECT gen_random_uuid(), 'Bench clinician ' || c, 'Physiotherapist', ${f.service.id}::uuid FROM generate_series(1, ${CLIENTS}) c
      RETURNING "id"
    ), clinics AS (
      INSERT INTO "Clinic" ("id", "code", "name", "serviceId", "locationId", "clinicianId")
      SELECT gen_random_uuid(), ${f.code} || '-' || row_number() OVER (), 'Bench clinic', ${f.service.id}::uuid, ${f.location.id}::uuid, "id" FROM clinicians
      RETURNING "id", "clinicianId"
    ), numbered AS (
      SELECT "id", "clinicianId", row_number() OVER (ORDER BY "id") - 1 AS c FROM clinics
    ), slots AS (
      INSERT INTO "Slot" ("id", "clinicId", "clinicianId", "appointmentTypeId", "startsAt", "endsAt", "updatedAt")
      SELECT gen_random_uuid(), n."id", n."clinicianId", ${f.appointmentType.id}::uuid,
             ${f.base}::timestamptz + (g / ${CLIENTS}) * interval '30 minutes', ${f.base}::timestamptz + (g / ${CLIENTS} + 1) * interval '30 minutes', now()
      FROM generate_series(0, ${count - 1}) g JOIN numbered n ON n.c = g % ${CLIENTS}
      RETURNING "id", "startsAt"
    ), patients AS (
      INSERT INTO "Patient" ("id", "nhsNumber", "givenName", "familyName", "dateOfBirth", "addressLine1", "town", "postcode", "email", "updatedAt")
      SELECT gen_random_uuid(), lpad((floor(random() * 1e10))::bigint::text, 10, '0'), 'Bench', 'Patient', '1970-01-01', '1 Bench Road', 'Northfield', 'B31 1AA',
             'bench' || g || '@example.invalid', now()
      FROM generate_series(1, ${count}) g
      RETURNING "id"
    ), referrals AS (
      INSERT INTO "Referral" ("id", "patientId", "serviceId", "source", "referrerName", "receivedAt", "reason", "status", "pathwayId", "rttClockStartAt", "updatedAt")
      SELECT gen_random_uuid(), "id", ${f.service.id}::uuid, 'GP', 'Dr Bench', now(), 'Bench', 'ACCEPTED', 'BENCH-' || gen_random_uuid(), now(), now() FROM patients
      RETURNING "id", "patientId"
    ), entries AS (
      INSERT INTO "WaitingListEntry" ("id", "patientId", "referralId", "serviceId", "appointmentTypeId", "kind", "addedAt", "updatedAt")
      SELECT gen_random_uuid(), "patientId", "id", ${f.service.id}::uuid, ${f.appointmentType.id}::uuid, 'NEW', now(), now() FROM referrals
      RETURNING "id", "patientId", "referralId"
    )
    SELECT s."id" AS "slotId", e."patientId", e."referralId", e."id" AS "waitingListEntryId"
    FROM (SELECT "id", row_number() OVER (ORDER BY "startsAt", "id") AS n FROM slots) s
    JOIN (SELECT *, row_number() OVER (ORDER BY "id") AS n FROM entries) e ON e.n = s.n`;
  return rows;
}

/**
 * The app's booking writes as one statement in a transaction: the appointment
 * (the capacity trigger counts it and checks the slot), the waiting-list entry
 * and referral claimed, the audit event, the confirmation message, its send job
 * and the 7- and 2-day reminder jobs.
 */
async function rawSqlBooking(pool: pg.Pool, b: Booking): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `WITH slot AS (
         SELECT s."id", s."startsAt", s."endsAt", s."clinicId", s."clinicianId", s."appointmentTypeId" FROM "Slot" s
         WHERE s."id" = $1 AND s."status" = 'AVAILABLE' AND s."bookedCount" < s."capacity" FOR UPDATE
       ), entry AS (
         UPDATE "WaitingListEntry" SET "status" = 'BOOKED', "updatedAt" = now() WHERE "id" = $3 AND "patientId" = $2 AND "status" = 'WAITING' RETURNING "id"
       ), referral AS (
         UPDATE "Referral" SET "status" = 'BOOKED', "updatedAt" = now() WHERE "id" = $4 AND "patientId" = $2 AND "status" = 'ACCEPTED' RETURNING "id"
       ), appointment AS (
         INSERT INTO "Appointment" ("id", "slotId", "patientId", "referralId", "waitingListEntryId", "appointmentTypeId", "clinicId", "clinicianId",
                                    "startsAt", "endsAt", "bookingChannel", "idempotencyKey", "calendarUid", "updatedAt")
         SELECT gen_random_uuid(), slot."id", $2, $4, (SELECT "id" FROM entry), slot."appointmentTypeId", slot."clinicId", slot."clinicianId",
                slot."startsAt", slot."endsAt", 'STAFF', $5, gen_random_uuid() || '@frontdoor', now() FROM slot
         RETURNING *
       ), audit AS (
         INSERT INTO "AuditEvent" ("id", "actorLabel", "action", "entityType", "entityId", "patientId", "after")
         SELECT gen_random_uuid(), 'Bench booking clerk', 'appointment.booked', 'Appointment', a."id"::text, a."patientId",
                jsonb_build_object('status', a."status", 'slotId', a."slotId", 'startsAt', a."startsAt", 'endsAt', a."endsAt") FROM appointment a
       ), message AS (
         INSERT INTO "Message" ("id", "patientId", "appointmentId", "referralId", "channel", "template", "toAddress", "subject", "payload")
         SELECT gen_random_uuid(), a."patientId", a."id", a."referralId", 'EMAIL', 'appointment-confirmation', p."email", 'Your appointment is booked',
                jsonb_build_object('appointmentId', a."id")
         FROM appointment a JOIN "Patient" p ON p."id" = a."patientId"
         RETURNING "id"
       ), send AS (
         INSERT INTO "Job" ("queue", "payload", "runAt") SELECT 'send-message', jsonb_build_object('messageId', "id"), now() FROM message
       )
       INSERT INTO "Job" ("queue", "payload", "runAt", "uniqueKey")
       SELECT 'appointment-reminder', jsonb_build_object('appointmentId', a."id", 'daysBefore', d), a."startsAt" - d * interval '1 day',
              'appointment-reminder:' || a."id" || ':' || d || 'd'
       FROM appointment a, unnest(ARRAY[7, 2]) d WHERE a."startsAt" - d * interval '1 day' > now()
       ON CONFLICT ("uniqueKey") DO NOTHING`,
      [b.slotId, b.patientId, b.waitingListEntryId, b.referralId, randomUUID()],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The least a booking can be: lock the slot, insert the appointment (the trigger counts it). */
async function bareBooking(pool: pg.Pool, b: Booking): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(`SELECT "startsAt", "endsAt", "clinicId", "clinicianId", "appointmentTypeId" FROM "Slot" WHERE "id" = $1 FOR UPDATE`, [b.slotId]);
    const slot = rows[0];
    await client.query(
      `INSERT INTO "Appointment" ("id", "slotId", "patientId", "appointmentTypeId", "clinicId", "clinicianId", "startsAt", "endsAt", "bookingChannel", "calendarUid", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, 'STAFF', gen_random_uuid() || '@frontdoor', now())`,
      [b.slotId, b.patientId, slot.appointmentTypeId, slot.clinicId, slot.clinicianId, slot.startsAt, slot.endsAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

async function doubleBookings(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ over: number; clinician: number; patient: number }>(`
    SELECT
      (SELECT count(*) FROM (SELECT s."id" FROM "Slot" s JOIN "Appointment" a ON a."slotId" = s."id" AND a."status" IN ('BOOKED', 'ARRIVED')
                             GROUP BY s."id", s."capacity" HAVING count(*) > s."capacity") x)::int AS over,
      (SELECT count(*) FROM "Appointment" a JOIN "Appointment" b ON a."clinicianId" = b."clinicianId" AND a."id" < b."id" AND a."slotId" <> b."slotId"
         AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")
       WHERE a."status" IN ('BOOKED', 'ARRIVED') AND b."status" IN ('BOOKED', 'ARRIVED'))::int AS clinician,
      (SELECT count(*) FROM "Appointment" a JOIN "Appointment" b ON a."patientId" = b."patientId" AND a."id" < b."id"
         AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")
       WHERE a."status" IN ('BOOKED', 'ARRIVED') AND b."status" IN ('BOOKED', 'ARRIVED'))::int AS patient`);
  const r = rows[0]!;
  return `${r.over + r.clinician + r.patient} (slots over capacity ${r.over}, clinician overlaps ${r.clinician}, patient overlaps ${r.patient})`;
}

function prisma(url: string, max: number): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 20_000 }),
    omit: { apiClient: { keyHash: true }, letter: { pdf: true } },
  }) as Db;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1_048_576)} MB`;
}
