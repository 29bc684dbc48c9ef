/**
 * The demo trust at N times its size, for benchmarks: `buildTrustAtScale(url, 100)`
 * turns a freshly seeded demo trust into 200,000 patients, 300,000 referrals,
 * 1,000,000 slots, 1,000,000 waiting-list entries and 1,000,000 audit events.
 *
 * Everything is set-based SQL (INSERT … SELECT over generate_series), so 100x takes
 * minutes, not hours. Copy i of each row gets the id md5(id || ':' || i), so a copy's
 * references point at the same copy without lookup tables, and a copy of the whole
 * operational trust (patients, referrals, clinicians, clinics, slots, appointments)
 * obeys the same constraints as the original: copied clinicians and patients never
 * overlap themselves because their diaries are the original's. Rows are copied
 * through jsonb, so columns added to the schema later are copied too.
 *
 * The trust's history is what makes it big: each clinic's eight weeks of slots are
 * repeated over the past (HISTORY_BLOCKS blocks of eight weeks) with the booked ones
 * seen, waiting lists carry their booked and removed entries, and the audit trail
 * its events. Factor 1 builds the same shape at demo size, so 1x and 100x compare.
 */
import pg from "pg";

/** Per 1x: the demo seed's 2,000 patients, 3,000 referrals and (with the history) about 10,000 slots, plus these totals. */
export const PER_FACTOR = { waitingListEntries: 10_000, auditEvents: 10_000, worklistTasks: 60 } as const;
/** Eight-week blocks of clinic history before the seeded eight weeks. */
const HISTORY_BLOCKS = 7;
const BLOCK = "56 days";

export type ScaleCounts = Record<"patients" | "referrals" | "slots" | "appointments" | "waitingListEntries" | "auditEvents" | "worklistTasks", number>;

/** Scales the seeded demo trust at `url` by `factor` (1 adds only the history). Returns the row counts. */
export async function buildTrustAtScale(url: string, factor: number, log: (line: string) => void = () => {}): Promise<ScaleCounts> {
  if (!Number.isInteger(factor) || factor < 1 || factor > 999) throw new Error("The scale factor is a whole number from 1 to 999");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Benchmark data: losing the last commits in a crash costs nothing. The copies are
    // consistent by construction (each copy's references point into the same copy, and
    // slot counts are copied with the appointments that make them), so foreign-key and
    // trigger checks are skipped; unique and exclusion constraints still hold.
    await client.query("SET synchronous_commit = off");
    await client.query("SET session_replication_role = replica");
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const started = performance.now();
      const result = await client.query(sql, params);
      log(`  ${label}: ${(result.rowCount ?? 0).toLocaleString("en-GB")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    };
    const copies = factor - 1;
    if (copies > 0) {
      await step("clinicians", copy("Clinician", { id: "$id", name: `t."name" || ' ' || i` }), [copies]);
      await step("clinics", copy("Clinic", { id: "$id", code: `t."code" || '-' || i`, clinicianId: mapped("clinicianId") }), [copies]);
      await step("clinic sessions", copy("ClinicSession", { id: "$id", clinicId: mapped("clinicId") }), [copies]);
      await step(
        "session appointment types",
        `INSERT INTO "_AppointmentTypeToClinicSession" ("A", "B") SELECT t."A", ${copyId(`t."B"`)} FROM "_AppointmentTypeToClinicSession" t, generate_series(1, $1) i`,
        [copies],
      );
      // NHS numbers: the copy number replaces the demo's 999 prefix (not Modulus 11 valid, and never a real person's).
      await step(
        "patients",
        copy("Patient", { id: "$id", nhsNumber: `lpad(i::text, 3, '0') || substr(t."nhsNumber", 4)`, email: `CASE WHEN t."email" IS NULL THEN NULL ELSE 'copy' || i || '.' || t."email" END` }),
        [copies],
      );
      await step(
        "referrals",
        copy("Referral", {
          id: "$id",
          patientId: mapped("patientId"),
          ubrn: "NULL",
          bookingReference: "NULL",
          sourceId: `CASE WHEN t."sourceId" IS NULL THEN NULL ELSE t."sourceId" || '-' || i END`,
          pathwayId: `t."pathwayId" || '-' || i`,
        }),
        [copies],
      );
      await step("RTT events", copy("RttEvent", { id: "$id", referralId: mapped("referralId") }), [copies]);
      await step(
        "waiting-list entries",
        copy("WaitingListEntry", { id: "$id", patientId: mapped("patientId"), referralId: mapped("referralId") }),
        [copies],
      );
    }
    // Slots: every clinic copy's eight weeks, and HISTORY_BLOCKS blocks of the same weeks before them.
    await step(
      "slots",
      `INSERT INTO "Slot" SELECT c.* FROM "Slot" t, generate_series(0, $1) i, generate_series(0, $2) k,
       LATERAL jsonb_populate_record(NULL::"Slot", to_jsonb(t) || jsonb_build_object(
          'id', ${copyId(`t."id"`, "i || '.' || k")},
          'clinicId', ${copyIdUnlessOriginal(`t."clinicId"`)}, 'clinicianId', ${copyIdUnlessOriginal(`t."clinicianId"`)},
          'sessionId', ${copyIdUnlessOriginal(`t."sessionId"`)},
          'startsAt', t."startsAt" - k * interval '${BLOCK}', 'endsAt', t."endsAt" - k * interval '${BLOCK}', 'bookedCount', CASE WHEN k = 0 THEN t."bookedCount" ELSE 0 END)) c
       WHERE i > 0 OR k > 0`,
      [copies, HISTORY_BLOCKS],
    );
    // Appointments: the seeded upcoming ones in every copy; in the history blocks the same diaries, seen (one in twelve did not attend).
    await step(
      "appointments",
      `INSERT INTO "Appointment" SELECT c.* FROM "Appointment" t, generate_series(0, $1) i, generate_series(0, $2) k,
       LATERAL jsonb_populate_record(NULL::"Appointment", to_jsonb(t) || jsonb_build_object(
          'id', ${copyId(`t."id"`, "i || '.' || k")}, 'slotId', ${copyId(`t."slotId"`, "i || '.' || k")},
          'patientId', ${copyIdUnlessOriginal(`t."patientId"`)}, 'referralId', ${copyIdUnlessOriginal(`t."referralId"`)},
          'waitingListEntryId', ${copyIdUnlessOriginal(`t."waitingListEntryId"`)},
          'clinicId', ${copyIdUnlessOriginal(`t."clinicId"`)}, 'clinicianId', ${copyIdUnlessOriginal(`t."clinicianId"`)},
          'rescheduledFromId', CASE WHEN t."rescheduledFromId" IS NULL THEN NULL ELSE ${copyId(`t."rescheduledFromId"`, "i || '.' || k")} END,
          'startsAt', t."startsAt" - k * interval '${BLOCK}', 'endsAt', t."endsAt" - k * interval '${BLOCK}',
          'status', CASE WHEN k = 0 THEN t."status"::text WHEN hashtext(t."id"::text || k) % 12 = 0 THEN 'DID_NOT_ATTEND' ELSE 'SEEN' END,
          'outcome', CASE WHEN k = 0 THEN t."outcome"::text WHEN hashtext(t."id"::text || k) % 12 = 0 THEN NULL ELSE 'DISCHARGED' END,
          'createdAt', CASE WHEN k = 0 THEN t."createdAt" ELSE t."startsAt" - k * interval '${BLOCK}' - interval '21 days' END,
          'idempotencyKey', NULL, 'calendarUid', t."calendarUid" || '-' || i || '.' || k)) c
       WHERE i > 0 OR k > 0`,
      [copies, HISTORY_BLOCKS],
    );
    if (copies > 0) {
      await step(
        "PIFU pathways",
        copy("PifuPathway", {
          id: "$id",
          patientId: mapped("patientId"),
          referralId: mapped("referralId"),
          clinicianId: mapped("clinicianId"),
          fromAppointmentId: `CASE WHEN t."fromAppointmentId" IS NULL THEN NULL ELSE ${copyId(`t."fromAppointmentId"`, "i || '.0'")} END`,
        }),
        [copies],
      );
      await step(
        "audit events (copies)",
        copy("AuditEvent", { id: "$id", patientId: mapped("patientId"), entityId: `${copyId(`t."entityId"`)}::text` }),
        [copies],
      );
    }
    await topUpWaitingList(step, factor * PER_FACTOR.waitingListEntries);
    await topUpAudit(step, factor * PER_FACTOR.auditEvents);
    await addWorklistTasks(step, factor * PER_FACTOR.worklistTasks);
    const started = performance.now();
    await client.query("ANALYZE");
    log(`  ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { rows } = await client.query<ScaleCounts>(
      `SELECT (SELECT count(*) FROM "Patient")::int AS patients, (SELECT count(*) FROM "Referral")::int AS referrals,
              (SELECT count(*) FROM "Slot")::int AS slots, (SELECT count(*) FROM "Appointment")::int AS appointments,
              (SELECT count(*) FROM "WaitingListEntry")::int AS "waitingListEntries", (SELECT count(*) FROM "AuditEvent")::int AS "auditEvents",
              (SELECT count(*) FROM "WorklistTask")::int AS "worklistTasks"`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

type Step = (label: string, sql: string, params?: unknown[]) => Promise<void>;

/**
 * Past waiting-list entries up to `total`: each referral's earlier follow-ups,
 * mostly booked or removed, some still waiting (due in the coming months).
 */
async function topUpWaitingList(step: Step, total: number): Promise<void> {
  await step(
    "waiting-list history",
    `WITH r AS (SELECT "id", "patientId", "serviceId", "receivedAt", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Referral"),
          need AS (SELECT g FROM generate_series(1, GREATEST(0, $1 - (SELECT count(*) FROM "WaitingListEntry"))) g)
     INSERT INTO "WaitingListEntry" ("id", "patientId", "referralId", "serviceId", "kind", "priority", "addedAt", "dueBy", "status", "removedReason", "createdAt", "updatedAt")
     SELECT ${copyId(`r."id"`, "'wl' || g")}, r."patientId", r."id", r."serviceId", 'FOLLOW_UP', 'ROUTINE',
            r."receivedAt" + (g % 40) * interval '1 day', (r."receivedAt" + (g % 40 + 42) * interval '1 day')::date,
            (CASE g % 10 WHEN 0 THEN 'WAITING' WHEN 1 THEN 'REMOVED' WHEN 2 THEN 'REMOVED' ELSE 'BOOKED' END)::"WaitingListStatus",
            CASE WHEN g % 10 IN (1, 2) THEN 'Treatment completed' END, now(), now()
     FROM need JOIN r ON r.n = need.g % (SELECT count(*) FROM "Referral")`,
    [total],
  );
}

/** Audit events up to `total`: views and changes of the trust's appointments, spread over the history. */
async function topUpAudit(step: Step, total: number): Promise<void> {
  await step(
    "audit history",
    `WITH a AS (SELECT "id", "patientId", "startsAt", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Appointment"),
          need AS (SELECT g FROM generate_series(1, GREATEST(0, $1 - (SELECT count(*) FROM "AuditEvent"))) g)
     INSERT INTO "AuditEvent" ("id", "occurredAt", "actorLabel", "action", "entityType", "entityId", "patientId", "after")
     SELECT ${copyId(`a."id"`, "'audit' || g")}, a."startsAt" - (g % 30) * interval '1 day', 'Booking clerk',
            (ARRAY['appointment.booked', 'appointment.rescheduled', 'appointment.attendance-recorded', 'appointment.outcome-recorded'])[1 + g % 4],
            'Appointment', a."id"::text, a."patientId", jsonb_build_object('n', g)
     FROM need JOIN a ON a.n = need.g % (SELECT count(*) FROM "Appointment")`,
    [total],
  );
}

/** Open worklist tasks: call-backs and slot issues, due over the coming weeks. */
async function addWorklistTasks(step: Step, total: number): Promise<void> {
  await step(
    "worklist tasks",
    `WITH r AS (SELECT "id", "patientId", "serviceId", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Referral" WHERE "status" = 'ACCEPTED')
     INSERT INTO "WorklistTask" ("id", "kind", "status", "patientId", "serviceId", "referralId", "summary", "dueBy", "createdAt", "closedAt")
     SELECT ${copyId(`r."id"`, "'task' || g")}, (CASE g % 3 WHEN 0 THEN 'CALL_BACK' ELSE 'APPOINTMENT_SLOT_ISSUE' END)::"WorklistTaskKind",
            (CASE WHEN g % 4 = 0 THEN 'DONE' WHEN g % 4 = 1 THEN 'IN_PROGRESS' ELSE 'OPEN' END)::"WorklistTaskStatus",
            r."patientId", r."serviceId", r."id", 'Patient asked for a call about their appointment',
            CASE WHEN g % 5 = 0 THEN NULL ELSE now() + (g % 14) * interval '1 day' END, now() - (g % 60) * interval '1 day',
            CASE WHEN g % 4 = 0 THEN now() END
     FROM generate_series(1, $1) g JOIN r ON r.n = g % (SELECT count(*) FROM "Referral" WHERE "status" = 'ACCEPTED')`,
    [total],
  );
}

/** The id copy `suffix` gets for `column`: deterministic, so references follow without a lookup. */
function copyId(column: string, suffix = "i"): string {
  return `md5(${column}::text || ':' || ${suffix})::uuid`;
}

/** In the slot and appointment copies, copy 0 keeps the original clinic, clinician and patient. */
function copyIdUnlessOriginal(column: string): string {
  return `CASE WHEN i = 0 OR ${column} IS NULL THEN ${column} ELSE ${copyId(column)} END`;
}

function mapped(column: string): string {
  return `CASE WHEN t."${column}" IS NULL THEN NULL ELSE ${copyId(`t."${column}"`)} END`;
}

/** INSERT … SELECT of copies 1..$1 of every row of `table`, with the given columns replaced ("$id" = the copy's id). */
function copy(table: string, replace: Record<string, string>): string {
  const pairs = Object.entries(replace).map(([column, sql]) => `'${column}', ${sql === "$id" ? copyId(`t."id"`) : sql}`);
  // LATERAL, not (f(row)).*, which PostgreSQL would evaluate once per column.
  return `INSERT INTO "${table}" SELECT c.* FROM "${table}" t, generate_series(1, $1) i,
          LATERAL jsonb_populate_record(NULL::"${table}", to_jsonb(t) || jsonb_build_object(${pairs.join(", ")})) c`;
}

/**
 * A throwaway database holding the demo trust at `factor` times its size, for
 * benchmarks that need trust-scale data (reuse from any scripts/bench module).
 */
export async function startTrustAtScale(factor: number, log: (line: string) => void = () => {}) {
  const { startTestDatabase } = await import("../lib/local-services");
  const { createDbClient } = await import("../../server/platform/db/client");
  const { seedDemoTrust } = await import("../../prisma/seed/index");
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  const started = performance.now();
  await seedDemoTrust(db, { today: new Date() });
  const counts = await buildTrustAtScale(database.url, factor, log);
  const seconds = (performance.now() - started) / 1000;
  return {
    url: database.url,
    db,
    counts,
    seconds,
    async stop() {
      await db.$disconnect();
      await database.stop();
    },
  };
}
