import { addDays, dayKey, londonDayOf, type DayParts } from "../booking/self-service/london-days";
import { workingDaysAfter } from "../booking/self-service/working-days";

/** The response standard when a template does not say otherwise (DOMAIN.md: within 3 working days). */
export const DEFAULT_RESPONSE_WORKING_DAYS = 3;

/**
 * When a request made at `requestedAt` must be answered: the end of the working
 * day (5pm UK time) `workingDays` working days later, weekends and the given
 * England and Wales bank holidays skipped. Reuses the self-service contact rule.
 */
export function pifuResponseDueAt(requestedAt: Date, workingDays: number, bankHolidays: readonly string[]): Date {
  return workingDaysAfter(requestedAt, workingDays, bankHolidays);
}

export function isOverdue(dueAt: Date, decidedAt: Date | null, now: Date): boolean {
  return (decidedAt ?? now).getTime() > dueAt.getTime();
}

/**
 * Working days from the London day of `from` to that of `to` (0 the same day;
 * a request on Friday answered on Monday took 1), for response-time reporting.
 */
export function workingDaysBetween(from: Date, to: Date, bankHolidays: readonly string[]): number {
  let day: DayParts = londonDayOf(from);
  const end = dayKey(londonDayOf(to));
  let count = 0;
  for (let guard = 0; dayKey(day) < end && guard < 3660; guard += 1) {
    day = addDays(day, 1);
    if (isWorkingDay(day, bankHolidays)) count += 1;
  }
  return count;
}

function isWorkingDay(day: DayParts, bankHolidays: readonly string[]): boolean {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays.includes(dayKey(day));
}
