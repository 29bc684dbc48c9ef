import { z } from "zod";
import { nhsNumberSchema } from "../patients/nhs-number";
import { londonDateToInstant, parseCalendarDate } from "./calendar-date";
import { multilineText, text } from "../platform/forms/text";

/**
 * The one set of referral input schemas. The staff form, the CSV import and the
 * FHIR API each map their own shape onto `createReferralSchema`, which
 * `createReferral` parses: every route is held to the same rules.
 */
export const referralPrioritySchema = z.enum(["ROUTINE", "URGENT", "TWO_WEEK_WAIT"], { message: "Choose a priority: routine, urgent or two-week wait" });
export const referralSourceSchema = z.enum(["GP", "E_REFERRAL_SERVICE", "SELF", "CONSULTANT", "OTHER_TRUST", "OTHER"], { message: "Choose who made the referral" });
export const surgicalPrioritySchema = z.enum(["P1A", "P1B", "P2", "P3", "P4"], { message: "Choose a surgical priority" });

const requiredText = (label: string, max: number, schema = text) =>
  schema({ message: `Enter ${label}` }).trim().min(1, { message: `Enter ${label}` }).max(max, { message: `${capitalise(label)} must be ${max} characters or fewer` });
const optionalText = (max: number) =>
  text().trim().max(max).optional().transform((v) => (v === undefined || v === "" ? undefined : v));

/** 12 digits; people copy it with spaces ("0001 2345 6789"). */
export const ubrnSchema = text()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .refine((v) => /^\d{12}$/.test(v), { message: "A UBRN is 12 digits" });

/** "b296hz" → "B29 6HZ". */
export const postcodeSchema = text({ message: "Enter a postcode" })
  .transform((v) => v.toUpperCase().replace(/\s+/g, ""))
  .refine((v) => /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(v), { message: "Enter a real postcode, like B29 6HZ" })
  .transform((v) => `${v.slice(0, -3)} ${v.slice(-3)}`);

export const serviceCodeSchema = text({ message: "Choose a service" })
  .trim()
  .toUpperCase()
  .min(1, { message: "Choose a service" })
  .max(30);

/** A date of birth: a real calendar date, not in the future, not before 1900. */
export const dateOfBirthSchema = z
  .union([z.date(), text()], { message: "Enter a date of birth" })
  .transform((v, ctx) => {
    const date = v instanceof Date ? v : parseCalendarDate(v);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a real date of birth" });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() || date.getUTCFullYear() < 1900) {
      ctx.addIssue({ code: "custom", message: "Date of birth must be in the past" });
      return z.NEVER;
    }
    return date;
  });

/** When the trust received the referral (the RTT clock start): an instant or a calendar date, never in the future. */
export const receivedAtSchema = z
  .union([z.date(), text()], { message: "Enter the date the referral was received" })
  .transform((v, ctx) => {
    const instant = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : londonDateToInstant(v);
    if (!instant || Number.isNaN(instant.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a real date for when the referral was received" });
      return z.NEVER;
    }
    // A minute's grace for clocks that run slightly ahead of ours.
    if (instant.getTime() > Date.now() + 60_000) {
      ctx.addIssue({ code: "custom", message: "The date the referral was received must be today or in the past" });
      return z.NEVER;
    }
    // Older than two years is almost always a typing slip (a wrong year), and would start a clock already long breached.
    const twoYearsAgo = new Date();
    twoYearsAgo.setUTCFullYear(twoYearsAgo.getUTCFullYear() - 2);
    if (instant.getTime() < twoYearsAgo.getTime() - 86_400_000) {
      ctx.addIssue({ code: "custom", message: "The date the referral was received must be within the last 2 years. Check the year" });
      return z.NEVER;
    }
    return instant;
  });

export const patientDetailsSchema = z.object({
  nhsNumber: nhsNumberSchema,
  givenName: requiredText("the patient's first name", 100),
  familyName: requiredText("the patient's last name", 100),
  dateOfBirth: dateOfBirthSchema,
  addressLine1: requiredText("the first line of the patient's address", 200),
  addressLine2: optionalText(200),
  town: requiredText("the patient's town or city", 100),
  postcode: postcodeSchema,
  email: z
    .union([z.literal(""), z.email({ message: "Enter an email address in the correct format, like name@example.com" })])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined)),
  mobile: optionalText(30),
});
export type PatientDetails = z.output<typeof patientDetailsSchema>;

/**
 * Who the referral is for: the NHS number always; the other details are needed
 * only when the patient is not known yet (and the date of birth, when given, must
 * match the known patient).
 */
export const referralPatientSchema = patientDetailsSchema.partial().extend({ nhsNumber: nhsNumberSchema });
export type ReferralPatientInput = z.input<typeof referralPatientSchema>;

export const createReferralSchema = z
  .object({
    patient: referralPatientSchema,
    serviceCode: serviceCodeSchema,
    source: referralSourceSchema,
    referrerName: requiredText("the referrer's name", 200),
    referrerOrgCode: optionalText(20).transform((v) => v?.toUpperCase()),
    referrerEmail: z
      .union([z.literal(""), z.email({ message: "Enter the referrer's email address in the correct format" })])
      .optional()
      .transform((v) => v || undefined),
    receivedAt: receivedAtSchema,
    priority: referralPrioritySchema,
    reason: requiredText("the reason for the referral", 2000, multilineText),
    ubrn: ubrnSchema.optional(),
    /** Where the referral came from and its id there: a second copy is recognised and not created again. */
    sourceSystem: optionalText(200),
    sourceId: optionalText(200),
  })
  .refine((v) => (v.sourceSystem === undefined) === (v.sourceId === undefined), {
    message: "Give both the source system and the source id, or neither",
    path: ["sourceId"],
  });
export type CreateReferralInput = z.input<typeof createReferralSchema>;
export type CreateReferralData = z.output<typeof createReferralSchema>;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
