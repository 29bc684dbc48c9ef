import { addDays, londonDayOf, londonDayStart, type DayParts } from "./london-days";

/**
 * The end of the working day `count` working days after `now` (Monday to
 * Friday, skipping the given bank holidays as "2026-12-25"), as 5pm UK time.
 */
export function workingDaysAfter(now: Date, count: number, bankHolidays: readonly string[] = []): Date {
  let day: DayParts = londonDayOf(now);
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, bankHolidays)) left -= 1;
  }
  return new Date(londonDayStart(day).getTime() + 17 * 3_600_000);
}

function isWorkingDay(day: DayParts, bankHolidays: readonly string[]): boolean {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  const iso = `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
  return weekday !== 0 && weekday !== 6 && !bankHolidays.includes(iso);
}
