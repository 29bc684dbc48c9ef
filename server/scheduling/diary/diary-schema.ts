import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfDay, startOfWeek } from "date-fns";
import { z } from "zod";
import { CLINIC_TIME_ZONE, inLondon } from "../../platform/time/london";

/** A London calendar day written as yyyy-MM-dd, as diary links carry it. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => format(londonMidnight(value), "yyyy-MM-dd") === value);

/**
 * Which diary to show: one clinic's or one clinician's, a day or a (Monday to
 * Sunday) week, around a London date. Bad values fall back to today's day view
 * rather than failing, because these come from links and bookmarks.
 */
export const diaryQuerySchema = z
  .object({
    clinicId: z.uuid().optional(),
    clinicianId: z.uuid().optional(),
    view: z.enum(["day", "week"]).catch("day").default("day"),
    date: isoDay.optional().catch(undefined),
  })
  .refine((q) => Boolean(q.clinicId) !== Boolean(q.clinicianId), { message: "Choose a clinic or a clinician", path: ["clinicId"] });

export type DiaryQuery = z.output<typeof diaryQuerySchema>;
export type DiaryOwner = { kind: "clinic"; id: string } | { kind: "clinician"; id: string };

export type DiaryRange = { from: TZDate; to: TZDate; days: TZDate[]; previous: string; next: string };

/** The London days a diary view covers, and the dates its previous and next links go to. */
export function diaryRange(view: "day" | "week", date: string | undefined, now = new Date()): DiaryRange {
  const day = date ? londonMidnight(date) : startOfDay(inLondon(now));
  const from = view === "week" ? startOfWeek(day, { weekStartsOn: 1 }) : day;
  const length = view === "week" ? 7 : 1;
  const days = Array.from({ length }, (_, i) => addDays(from, i));
  return { from, to: addDays(from, length), days, previous: dayKey(addDays(from, -length)), next: dayKey(addDays(from, length)) };
}

// en-CA writes dates as yyyy-mm-dd; one shared formatter is far cheaper than a time-zone date per call.
const londonDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: CLINIC_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** yyyy-MM-dd of the London day an instant falls on. */
export function dayKey(instant: Date): string {
  return londonDayFormat.format(instant);
}

export function londonMidnight(isoDate: string): TZDate {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, CLINIC_TIME_ZONE);
}
