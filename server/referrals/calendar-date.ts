import { TZDate } from "@date-fns/tz";
import { CLINIC_TIME_ZONE } from "../platform/time/london";

/**
 * "2026-03-14" or "14/03/2026" (how dates arrive from forms and spreadsheets) as
 * the calendar date at UTC midnight, how dates without a time are stored.
 * Null for anything that is not a real date.
 */
export function parseCalendarDate(input: string): Date | null {
  const value = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return null;
  return calendarDate(Number(y), Number(m), Number(d));
}

/** The calendar date at UTC midnight, or null when it does not exist (31 February). */
export function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** Midnight in London at the start of a calendar date given as text. */
export function londonDateToInstant(input: string): Date | null {
  const date = parseCalendarDate(input);
  if (!date) return null;
  return new Date(new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), CLINIC_TIME_ZONE).getTime());
}

/** A calendar date (UTC midnight) as "2026-03-14". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
