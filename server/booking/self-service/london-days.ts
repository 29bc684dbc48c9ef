import { TZDate } from "@date-fns/tz";
import { CLINIC_TIME_ZONE } from "../../platform/time/london";

export type DayParts = { year: number; month: number; day: number };

/** The instant a London calendar day starts (midnight, GMT or BST as it falls). */
export function londonDayStart({ year, month, day }: DayParts): Date {
  return new Date(new TZDate(year, month - 1, day, 0, 0, CLINIC_TIME_ZONE).getTime());
}

/** The London calendar day of an instant. */
export function londonDayOf(instant: Date): DayParts {
  const local = new TZDate(instant, CLINIC_TIME_ZONE);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

export function addDays(parts: DayParts, days: number): DayParts {
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** A real calendar day (not 31 February). */
export function isRealDay({ year, month, day }: DayParts): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-03-03", for grouping and keys. */
export function dayKey({ year, month, day }: DayParts): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
