import { TZDate } from "@date-fns/tz";
import { format, subDays } from "date-fns";
import type { DbClient } from "../platform/db/client";
import { Prisma } from "../platform/db/generated/client";
import { getSetting } from "../platform/settings/settings";
import { CLINIC_TIME_ZONE, inLondon } from "../platform/time/london";
import { weeksWaited } from "./bands";
import { csvLine } from "./csv";

/**
 * A weekly patient-level return in the shape of the national Waiting List Minimum
 * Data Set: one row per pathway whose RTT clock is running at the end of the week
 * (open), and per pathway whose clock started or stopped during the week. Column
 * names follow the data set's items; see server/waiting-list/README.md for each.
 */
export const WLMDS_COLUMNS = [
  "ORGANISATION_IDENTIFIER_CODE_OF_PROVIDER",
  "PATIENT_PATHWAY_IDENTIFIER",
  "ORGANISATION_IDENTIFIER_PATIENT_PATHWAY_IDENTIFIER_ISSUER",
  "NHS_NUMBER",
  "PERSON_BIRTH_DATE",
  "POSTCODE_OF_USUAL_ADDRESS",
  "WAITING_LIST_TYPE",
  "SERVICE_CODE",
  "PRIORITY_TYPE_CODE",
  "REFERRAL_REQUEST_RECEIVED_DATE",
  "REFERRAL_TO_TREATMENT_PERIOD_START_DATE",
  "REFERRAL_TO_TREATMENT_PERIOD_END_DATE",
  "REFERRAL_TO_TREATMENT_PERIOD_STATUS",
  "WEEKS_WAITED_AT_WEEK_END",
  "DATE_OF_LAST_VALIDATION",
  "DUE_DATE",
  "APPOINTMENT_DATE",
  "WEEK_ENDING_DATE",
] as const;

const PRIORITY_TYPE_CODE = { ROUTINE: "1", URGENT: "2", TWO_WEEK_WAIT: "3" } as const;
const BATCH = 2000;

type Row = {
  id: string;
  pathwayId: string;
  nhsNumber: string;
  dateOfBirth: Date;
  postcode: string;
  serviceCode: string;
  priority: keyof typeof PRIORITY_TYPE_CODE;
  receivedAt: Date;
  rttClockStartAt: Date | null;
  rttClockStopAt: Date | null;
  rttStatusCode: string | null;
  lastValidatedAt: Date | null;
  dueBy: Date | null;
  appointmentAt: Date | null;
};

/** The week ending on `weekEnding` (a London date like 2026-06-14, a Sunday, inclusive): the return's rows as CSV. */
export async function* exportWlmds(client: DbClient, weekEnding: string): AsyncGenerator<string> {
  const ods = await getSetting(client, "trustOdsCode");
  const [year, month, day] = weekEnding.split("-").map(Number) as [number, number, number];
  const weekEnd = new Date(new TZDate(year, month - 1, day + 1, CLINIC_TIME_ZONE).getTime());
  const weekStart = new Date(new TZDate(year, month - 1, day - 6, CLINIC_TIME_ZONE).getTime());
  const weekEndingText = weekEnding;
  yield csvLine([...WLMDS_COLUMNS]);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await client.$queryRaw<Row[]>(Prisma.sql`
      SELECT r."id", r."pathwayId", p."nhsNumber", p."dateOfBirth", p."postcode", s."code" AS "serviceCode", r."priority"::text AS "priority",
             r."receivedAt", r."rttClockStartAt", r."rttClockStopAt", r."rttStatusCode",
             (SELECT max(w."lastValidatedAt") FROM "WaitingListEntry" w WHERE w."referralId" = r."id") AS "lastValidatedAt",
             (SELECT min(w."dueBy") FROM "WaitingListEntry" w WHERE w."referralId" = r."id" AND w."status" = 'WAITING' AND w."kind" = 'FOLLOW_UP') AS "dueBy",
             (SELECT min(a."startsAt") FROM "Appointment" a WHERE a."referralId" = r."id" AND a."status" = 'BOOKED' AND a."startsAt" >= ${weekEnd}) AS "appointmentAt"
        FROM "Referral" r
        JOIN "Patient" p ON p."id" = r."patientId"
        JOIN "Service" s ON s."id" = r."serviceId"
       WHERE r."id" > ${after}::uuid
         AND r."rttClockStartAt" IS NOT NULL AND r."rttClockStartAt" < ${weekEnd}
         AND (r."rttClockStopAt" IS NULL OR r."rttClockStopAt" >= ${weekStart})
       ORDER BY r."id" LIMIT ${BATCH}`);
    for (const row of rows) {
      const stoppedInWeek = row.rttClockStopAt !== null && row.rttClockStopAt < weekEnd;
      const type = stoppedInWeek ? "CRTT" : row.rttClockStartAt! >= weekStart ? "NRTT" : "IRTT";
      yield csvLine([
        ods,
        row.pathwayId,
        ods,
        row.nhsNumber,
        isoDate(row.dateOfBirth),
        row.postcode,
        type,
        row.serviceCode,
        PRIORITY_TYPE_CODE[row.priority],
        londonDate(row.receivedAt),
        londonDate(row.rttClockStartAt!),
        stoppedInWeek ? londonDate(row.rttClockStopAt!) : null,
        row.rttStatusCode,
        weeksWaited(row.rttClockStartAt!, stoppedInWeek ? row.rttClockStopAt! : weekEnd),
        row.lastValidatedAt ? londonDate(row.lastValidatedAt) : null,
        row.dueBy ? isoDate(row.dueBy) : null,
        row.appointmentAt ? londonDate(row.appointmentAt) : null,
        weekEndingText,
      ]);
    }
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function londonDate(instant: Date): string {
  return format(inLondon(instant), "yyyy-MM-dd");
}

/** The Sunday that ended the last full week before `now` (London). */
export function lastWeekEnding(now: Date): string {
  const local = inLondon(now);
  const back = local.getDay() === 0 ? 7 : local.getDay();
  return format(subDays(local, back), "yyyy-MM-dd");
}
