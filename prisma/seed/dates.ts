/** Date arithmetic for the seed, in whole UTC days from an anchor (the start of "today"). */
export const DAY_MS = 86_400_000;

/** Midnight UTC of `today`'s UTC date: every generated instant is before it, so nothing is in the future. */
export function anchorOf(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** Calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

/** "1984-03-14" → a Date for a `@db.Date` column. */
export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** A weekday (Monday to Friday) working-hours instant `daysAgo` days before the anchor. */
export function workingInstant(anchor: Date, daysAgo: number, minuteOfDay: number): Date {
  let day = addDays(anchor, -daysAgo);
  const weekday = day.getUTCDay();
  if (weekday === 6) day = addDays(day, -1);
  if (weekday === 0) day = addDays(day, -2);
  return addMinutes(day, minuteOfDay);
}
