import { z } from "zod";

/** A whole number typed into a form (or given as a number by the API and tests). */
function wholeNumber(messages: { empty: string; invalid: string; range: string }, min: number, max: number) {
  return z
    .union([z.number(), z.string().trim()])
    .transform((value, ctx) => {
      if (value === "") return fail(ctx, messages.empty);
      const n = typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n)) return fail(ctx, messages.invalid);
      if (n < min || n > max) return fail(ctx, messages.range);
      return n;
    });
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export const MAX_NOTICE_HOURS = 24 * 90;
export const MAX_HORIZON_DAYS = 730;

/**
 * The booking rules of one appointment type: how much notice a patient booking
 * online must give, how far ahead they may book, and whether they may book it
 * themselves at all. Staff bookings ignore notice and horizon (see
 * server/booking/core/slot-lock.ts).
 */
export const bookingRulesSchema = z
  .object({
    appointmentTypeId: z.uuid({ message: "Choose an appointment type" }),
    patientBookable: z.union([z.boolean(), z.enum(["yes", "no"]).transform((v) => v === "yes")], {
      message: "Select whether patients can book this appointment online",
    }),
    minNoticeHours: wholeNumber(
      {
        empty: "Enter the minimum notice in hours",
        invalid: "Minimum notice must be a whole number of hours, like 24",
        range: `Minimum notice must be between 0 and ${MAX_NOTICE_HOURS} hours`,
      },
      0,
      MAX_NOTICE_HOURS,
    ),
    maxHorizonDays: wholeNumber(
      {
        empty: "Enter how many days ahead patients can book",
        invalid: "Booking horizon must be a whole number of days, like 84",
        range: `Booking horizon must be between 1 and ${MAX_HORIZON_DAYS} days`,
      },
      1,
      MAX_HORIZON_DAYS,
    ),
  })
  .refine((rules) => rules.maxHorizonDays * 24 > rules.minNoticeHours, {
    message: "Booking horizon must be longer than the minimum notice",
    path: ["maxHorizonDays"],
  });

export type BookingRulesInput = z.input<typeof bookingRulesSchema>;
export type BookingRules = z.output<typeof bookingRulesSchema>;
