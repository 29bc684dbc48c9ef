import { format } from "date-fns";
import type { DbClient } from "../platform/db/client";
import { formatNhsNumber } from "../patients/nhs-number";
import { inLondon } from "../platform/time/london";
import { csvLine } from "./csv";
import { priorityLabel, type WaitingListFilters } from "./list-filters";
import { loadTurnRows } from "./list-waiting";
import { turnPage } from "./turn-page";
import { validationStatusLabel } from "./validation-status";

const BATCH = 1000;

export const WAITING_LIST_CSV_COLUMNS = [
  "Position",
  "NHS number",
  "Family name",
  "Given name",
  "Date of birth",
  "Service",
  "Waiting for",
  "Priority",
  "Waiting since",
  "Weeks waited",
  "Band",
  "Follow-up due by",
  "Status",
  "Next appointment",
  "Invited until",
  "Validation",
  "Last validated",
  "Communication needs",
  "Pathway",
] as const;

/**
 * The filtered list in turn as CSV, one batch of 1,000 rows at a time down the
 * same keyset as the page, so a million-row export streams in constant memory.
 */
export async function* exportWaitingListCsv(client: DbClient, filters: WaitingListFilters, now: Date): AsyncGenerator<string> {
  yield csvLine([...WAITING_LIST_CSV_COLUMNS]);
  let cursor = null;
  for (;;) {
    const keys = await turnPage(client, filters, now, cursor, BATCH);
    if (keys.length === 0) return;
    for (const row of await loadTurnRows(client, keys, now)) {
      yield csvLine([
        row.position,
        formatNhsNumber(row.patient.nhsNumber),
        row.patient.familyName,
        row.patient.givenName,
        isoDate(row.patient.dateOfBirth),
        row.service.name,
        row.kind === "NEW" ? "First appointment" : "Follow-up",
        priorityLabel[row.priority],
        londonDateTime(row.waitingSince),
        row.weeksWaited,
        row.band.label,
        row.dueBy ? isoDate(row.dueBy) : null,
        row.status === "BOOKED" ? "Booked" : "Waiting",
        row.nextAppointment ? londonDateTime(row.nextAppointment.startsAt) : null,
        row.invited && row.inviteExpiresAt ? londonDateTime(row.inviteExpiresAt) : null,
        validationStatusLabel[row.validation],
        row.lastValidatedAt ? londonDateTime(row.lastValidatedAt) : null,
        row.patient.communicationNeeds.join(" "),
        row.referral.pathwayId,
      ]);
    }
    if (keys.length < BATCH) return;
    cursor = keys.at(-1)!;
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function londonDateTime(instant: Date): string {
  return format(inLondon(instant), "yyyy-MM-dd HH:mm");
}
