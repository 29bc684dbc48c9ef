import { addDays, londonDayOf, londonDayStart, type DayParts } from "../booking/self-service/london-days";

/** The usual PIFU periods; a template or clinician may choose another length (1 to 60 months) or none (open-ended). */
export const USUAL_PIFU_MONTHS = [3, 6, 12, 24] as const;
export const MAX_PIFU_MONTHS = 60;

/** Open-ended pathways with no contact for this long get a clinical review (NHS Wales practice). */
export const OPEN_ENDED_REVIEW_MONTHS = 24;

/**
 * The London calendar day `months` after `day`, clamped to the end of a shorter
 * month: 31 January + 1 month is 28 (or 29) February, 31 August + 6 months is
 * 28 February, never 3 March.
 */
export function addCalendarMonths(day: DayParts, months: number): DayParts {
  const monthIndex = day.month - 1 + months;
  const year = day.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(day.day, lastDay) };
}

/**
 * When a PIFU period that starts at `startsAt` ends: midnight (UK time, GMT or BST
 * as it falls) at the start of the same day of the month `months` later. The
 * patient can ask for help up to the day before; the end-of-period job acts from
 * that midnight. Null months means open-ended.
 */
export function pifuEndsAt(startsAt: Date, months: number | null): Date | null {
  if (months === null) return null;
  return londonDayStart(addCalendarMonths(londonDayOf(startsAt), months));
}

/** The last day the patient can ask, for letters and pages: the day before the period ends. */
export function pifuLastDay(endsAt: Date): Date {
  return londonDayStart(addDays(londonDayOf(endsAt), -1));
}

/** The instant `months` calendar months before `instant` (London days), for "not heard from in 24 months". */
export function monthsBefore(instant: Date, months: number): Date {
  return londonDayStart(addCalendarMonths(londonDayOf(instant), -months));
}

/** Whole London days from `from` to `to` (negative when `to` is earlier), ignoring clock changes. */
export function londonDaysBetween(from: Date, to: Date): number {
  const a = londonDayOf(from);
  const b = londonDayOf(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
