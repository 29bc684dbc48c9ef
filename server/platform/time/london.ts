import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Every clinic in the trust keeps UK time. */
export const CLINIC_TIME_ZONE = "Europe/London";

export function inLondon(instant: Date): TZDate {
  return new TZDate(instant, CLINIC_TIME_ZONE);
}

/** "9:30am", "12pm" — the NHS.UK style for times. */
export function formatTime(instant: Date): string {
  const local = inLondon(instant);
  const time = local.getMinutes() === 0 ? format(local, "h") : format(local, "h:mm");
  return `${time}${format(local, "aaa")}`;
}

/** "Tuesday 3 March 2026" */
export function formatDate(instant: Date): string {
  return format(inLondon(instant), "EEEE d MMMM yyyy");
}

/** "3 March 2026" — for dates without a time (date of birth, received date). */
export function formatShortDate(instant: Date): string {
  return format(inLondon(instant), "d MMMM yyyy");
}

/** "Tuesday 3 March 2026, 9:30am": unambiguous when read aloud. */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)}, ${formatTime(instant)}`;
}

/** A calendar date (stored as UTC midnight, e.g. date of birth) as "3 March 1980". */
export function formatCalendarDate(date: Date): string {
  return format(new TZDate(date, "UTC"), "d MMMM yyyy");
}
