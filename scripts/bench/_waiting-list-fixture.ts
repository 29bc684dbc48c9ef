import type { Db } from "../../server/platform/db/client";

/**
 * A trust-scale waiting list built set-based in SQL (one statement a table): `size`
 * patients, each with an accepted referral and an open entry, spread over four
 * services, three priorities and waits of up to 3 years, a tenth of them booked,
 * some validated, invited, with communication needs or follow-ups. Seconds per
 * 100,000 rows, not minutes of ORM calls.
 */
export async function buildWaitingListFixture(db: Db, size: number, now: Date): Promise<{ serviceIds: string[] }> {
  await db.$executeRawUnsafe(`
    INSERT INTO "Service" ("id", "code", "name", "contactPhone")
    SELECT gen_random_uuid(), 'WLB' || s, 'Bench service ' || s, '0300 000 0000' FROM generate_series(1, 4) s
    ON CONFLICT ("code") DO NOTHING`);
  const services = await db.service.findMany({ where: { code: { startsWith: "WLB" } }, orderBy: { code: "asc" }, select: { id: true } });
  const serviceIds = services.map((s) => s.id);
  const ids = `ARRAY[${serviceIds.map((id) => `'${id}'::uuid`).join(",")}]`;
  const nowSql = `'${now.toISOString()}'::timestamptz`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Patient" ("id", "nhsNumber", "givenName", "familyName", "dateOfBirth", "addressLine1", "town", "postcode", "email", "communicationNeeds", "updatedAt")
    SELECT uuid_generate_v7_bench(i), lpad((8000000000 + i)::text, 10, '0'), 'Bench', 'Patient ' || i, DATE '1950-01-01' + (i % 20000),
           '1 Bench Road', 'Northfield', 'NF1 ' || (i % 9) || 'AA', 'bench' || i || '@example.invalid',
           CASE WHEN i % 17 = 0 THEN ARRAY['LARGE_PRINT']::"CommunicationNeed"[] ELSE ARRAY[]::"CommunicationNeed"[] END, ${nowSql}
      FROM generate_series(1, ${size}) i`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Referral" ("id", "patientId", "serviceId", "source", "referrerName", "receivedAt", "priority", "reason", "status", "pathwayId", "rttClockStartAt", "rttStatusCode", "updatedAt")
    SELECT uuid_generate_v7_bench(i + 2000000000), uuid_generate_v7_bench(i), (${ids})[1 + i % 4], 'GP', 'Dr Bench',
           ${nowSql} - make_interval(mins => (hashint(i) % (3 * 365 * 24 * 60))::int),
           (CASE WHEN i % 50 = 0 THEN 'TWO_WEEK_WAIT' WHEN i % 7 = 0 THEN 'URGENT' ELSE 'ROUTINE' END)::"ReferralPriority",
           'Bench referral', (CASE WHEN i % 40 = 0 THEN 'ON_PIFU' ELSE 'ACCEPTED' END)::"ReferralStatus", 'BENCH-' || i,
           ${nowSql} - make_interval(mins => (hashint(i) % (3 * 365 * 24 * 60))::int), '20', ${nowSql}
      FROM generate_series(1, ${size}) i`);
  // The per-day counts are rebuilt in one statement afterwards rather than row by row by the trigger.
  await db.$executeRawUnsafe(`ALTER TABLE "WaitingListEntry" DISABLE TRIGGER "WaitingListEntry_day_count_insert_delete"`);
  await db.$executeRawUnsafe(`
    INSERT INTO "WaitingListEntry" ("id", "patientId", "referralId", "serviceId", "kind", "priority", "addedAt", "dueBy", "status", "waitingSince",
                                    "lastValidatedAt", "validationSentAt", "invitedAt", "inviteExpiresAt", "updatedAt")
    SELECT gen_random_uuid(), r."patientId", r."id", r."serviceId",
           (CASE WHEN h % 5 = 0 THEN 'FOLLOW_UP' ELSE 'NEW' END)::"AppointmentKind", r."priority", r."rttClockStartAt",
           CASE WHEN h % 5 = 0 THEN (r."rttClockStartAt" + interval '26 weeks')::date END,
           (CASE WHEN h % 10 = 1 THEN 'BOOKED' WHEN h % 97 = 3 THEN 'REMOVED' ELSE 'WAITING' END)::"WaitingListStatus",
           r."rttClockStartAt",
           CASE WHEN h % 4 = 0 THEN ${nowSql} - make_interval(days => (h % 200)::int) END,
           CASE WHEN h % 13 = 0 THEN ${nowSql} - make_interval(days => (h % 6)::int) END,
           CASE WHEN h % 23 = 0 THEN ${nowSql} - interval '3 days' END,
           CASE WHEN h % 23 = 0 THEN ${nowSql} + interval '11 days' END,
           ${nowSql}
      FROM (SELECT *, hashint(substr("pathwayId", 7)::int) AS h FROM "Referral" WHERE "pathwayId" LIKE 'BENCH-%') r`);
  await db.$executeRawUnsafe(`ALTER TABLE "WaitingListEntry" ENABLE TRIGGER "WaitingListEntry_day_count_insert_delete"`);
  await db.$executeRawUnsafe(`DELETE FROM "WaitingListDayCount"`);
  await db.$executeRawUnsafe(`
    INSERT INTO "WaitingListDayCount" ("serviceId", "priority", "kind", "status", "day", "count")
    SELECT "serviceId", "priority", "kind", "status", ("waitingSince" AT TIME ZONE 'UTC')::date, count(*)
      FROM "WaitingListEntry" WHERE "status" IN ('WAITING', 'BOOKED') GROUP BY 1, 2, 3, 4, 5`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "WaitingListDayCount",  "Patient", "Referral", "WaitingListEntry"`);
  return { serviceIds };
}

/** Helper functions the fixture's SQL uses: a deterministic spread and time-ordered ids. */
export async function createFixtureFunctions(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION hashint(i bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT abs(hashtext(i::text))::bigint $$`);
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION uuid_generate_v7_bench(i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (lpad(to_hex(i), 12, '0') || '7000' || '8000' || lpad(to_hex(i), 12, '0'))::uuid $$`);
}
