import { z } from "zod";
import { isoDateOfDbDate, type IsoDate } from "./london-wall-clock";
import { multilineText } from "../platform/forms/text";

/**
 * The inputs of clinic templates, shared by the staff forms, their server actions
 * and the tests. Messages follow the NHS.UK error message style.
 */

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? "Unknown day";
}
export const weekdayOptions = WEEKDAYS.map((name, i) => ({ value: String(i + 1), text: name }));

/** "9:30", "09:30", "0930" or "9.30" → minutes after midnight; undefined if not a time. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

const timeOfDay = (what: string) =>
  z
    .string({ message: `Enter a ${what}` })
    .trim()
    .min(1, { message: `Enter a ${what}`, abort: true })
    .transform((text, ctx) => {
      const minutes = parseTimeOfDay(text);
      if (minutes === undefined) {
        ctx.addIssue({ code: "custom", message: `Enter a ${what} using the 24-hour clock, like 09:00 or 13:30` });
        return z.NEVER;
      }
      return minutes;
    });

/** A real calendar date as "YYYY-MM-DD" (DateInput parts are joined into this by `dateFromParts`). */
const calendarDate = (missing: string, invalid: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, { message: missing, abort: true })
    .refine(isRealDate, { message: invalid })
    .transform((value) => value as IsoDate);

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const wholeNumber = (missing: string, min: number, max: number, range: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ message: missing }).int({ message: range }).min(min, { message: range }).max(max, { message: range }),
  );

const sessionFields = z.object({
  weekday: wholeNumber("Select the day of the week", 1, 7, "Select the day of the week"),
  startTime: timeOfDay("start time"),
  endTime: timeOfDay("end time"),
  slotMinutes: wholeNumber("Enter the slot length in minutes", 5, 480, "Slot length must be between 5 and 480 minutes"),
  capacityPerSlot: wholeNumber("Enter how many patients can be booked into each slot", 1, 50, "Patients per slot must be between 1 and 50"),
  appointmentTypeIds: z.array(z.uuid({ message: "Select an appointment type from the list" })).min(1, { message: "Select at least one appointment type" }),
  validFrom: calendarDate("Enter the first day the session runs", "The first day the session runs must be a real date"),
  validTo: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(calendarDate("", "The last day the session runs must be a real date").optional()),
});

function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h > 0 ? `${h} hour${h === 1 ? "" : "s"}` : "", m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : ""].filter(Boolean);
  return parts.join(" ");
}

/** A weekly clinic session (ClinicSession) as entered by staff. */
export const clinicSessionSchema = sessionFields
  .superRefine((s, ctx) => {
    if (s.endTime <= s.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end time must be after the start time" });
    } else {
      const length = s.endTime - s.startTime;
      if (s.slotMinutes > length) {
        ctx.addIssue({ code: "custom", path: ["slotMinutes"], message: `The slot length must not be longer than the session (${minutesText(length)})` });
      } else if (length % s.slotMinutes !== 0) {
        ctx.addIssue({
          code: "custom",
          path: ["slotMinutes"],
          message: `The session is ${minutesText(length)} long, so ${s.slotMinutes}-minute slots leave ${minutesText(length % s.slotMinutes)} unused. Change the slot length or the end time`,
        });
      }
    }
    if (s.validTo && s.validTo <= s.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "The last day the session runs must be after the first day" });
    }
  })
  .transform(({ startTime, endTime, validTo, ...rest }) => ({ ...rest, startMinute: startTime, endMinute: endTime, validTo: validTo ?? null }));

export type ClinicSessionInput = z.input<typeof clinicSessionSchema>;
export type ClinicSessionData = z.output<typeof clinicSessionSchema>;

/** The same, for one clinic: its appointment types must be of the clinic's service. */
export function clinicSessionSchemaFor(serviceAppointmentTypeIds: readonly string[]) {
  const allowed = new Set(serviceAppointmentTypeIds);
  return clinicSessionSchema.refine((s) => s.appointmentTypeIds.every((id) => allowed.has(id)), {
    path: ["appointmentTypeIds"],
    message: "Select appointment types offered by this clinic's service",
  });
}

export const clinicClosureSchema = z
  .object({
    startDate: calendarDate("Enter the first day the clinic is closed", "The first day the clinic is closed must be a real date"),
    endDate: calendarDate("Enter the last day the clinic is closed", "The last day the clinic is closed must be a real date"),
    reason: z
      .string({ message: "Enter why the clinic is closed" })
      .trim()
      .min(1, { message: "Enter why the clinic is closed" })
      .max(200, { message: "The reason must be 200 characters or fewer" }),
  })
  .refine((c) => c.endDate >= c.startDate, { path: ["endDate"], message: "The last day the clinic is closed must be the same as or after the first day" });

export type ClinicClosureInput = z.input<typeof clinicClosureSchema>;

export const cancelSlotSchema = z.object({
  slotId: z.uuid(),
  reason: multilineText().trim().min(1, { message: "Enter why the slot is cancelled" }).max(200, { message: "The reason must be 200 characters or fewer" }),
});
export type CancelSlotInput = z.input<typeof cancelSlotSchema>;

/** DateInput's three fields → "YYYY-MM-DD" ("" when all are empty; something invalid when partly filled). */
export function dateFromParts(formData: FormData, name: string): string {
  const part = (p: string) => String(formData.get(`${name}-${p}`) ?? "").trim();
  const [day, month, year] = [part("day"), part("month"), part("year")];
  if (!day && !month && !year) return "";
  return `${year.padStart(4, "0")}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** The reverse, to show a stored date in a DateInput. */
export function dateParts(value: Date | string | null | undefined): { day: string; month: string; year: string } | undefined {
  if (!value) return undefined;
  const iso = typeof value === "string" ? value : isoDateOfDbDate(value);
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? "" };
}

