import { TZDate } from "@date-fns/tz";
import { CLINIC_TIME_ZONE } from "../platform/time/london";

/**
 * Clinic templates are Europe/London wall-clock times ("Mondays 09:00 to 12:00");
 * slots are UTC instants. Calendar days here are ISO strings ("2026-03-29") so
 * that no JavaScript Date ever stands for a day in some other zone.
 */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The UTC instant of `minuteOfDay` minutes after midnight on `date` in London, or
 * null when that wall-clock time does not exist (01:00–01:59 on the last Sunday of
 * March, when clocks go forward). In the repeated hour on the last Sunday of
 * October (01:00–01:59 happens twice) the later, GMT, pass is returned.
 */
export function londonWallClockToUtc(date: string, minuteOfDay: number): Date | null {
  const [year, month, day] = parts(date);
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  const local = new TZDate(year, month - 1, day, hours, minutes, CLINIC_TIME_ZONE);
  // TZDate moves a non-existent time forward past the gap: detect it by reading back.
  const exists =
    local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day && local.getHours() === hours && local.getMinutes() === minutes;
  return exists ? new Date(local.getTime()) : null;
}

/** The London calendar date of an instant. */
export function londonDateOf(instant: Date): IsoDate {
  const local = new TZDate(instant, CLINIC_TIME_ZONE);
  return toIsoDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (as ClinicSession.weekday). */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function addDaysIso(date: string, days: number): IsoDate {
  const [year, month, day] = parts(date);
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** A `@db.Date` column value (UTC midnight) as an ISO date, and back. */
export function isoDateOfDbDate(value: Date): IsoDate {
  return toIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

export function dbDateOf(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** "09:30" for 570. */
export function formatMinuteOfDay(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}
