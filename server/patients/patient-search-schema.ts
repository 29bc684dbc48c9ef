import { z } from "zod";
import { datePartsSchema } from "../platform/forms/date-parts";
import { isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";
import { text } from "../platform/forms/text";

export const PATIENT_SEARCH_PAGE_SIZE = 20;

const page = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

/** UK postcodes, normalised to capitals with one space before the inward code ("B29 6HZ"). */
export const postcodeSchema = text({ message: "Enter the patient's postcode" })
  .trim()
  .min(1, { message: "Enter the patient's postcode" })
  .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
  .refine((value) => /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(value), { message: "Enter a full postcode, like B29 6HZ" })
  .transform((value) => `${value.slice(0, -3)} ${value.slice(-3)}`);

const nhsNumber = text({ message: "Enter the patient's NHS number" })
  .trim()
  .min(1, { message: "Enter the patient's NHS number" })
  .transform(normaliseNhsNumber)
  .refine((value) => /^\d{10}$/.test(value), { message: "NHS number must be 10 digits" })
  .refine(isValidNhsNumber, { message: "Enter a valid NHS number. Check it against the patient's letter or record" });

const name = (message: string) => text({ message }).trim().min(1, { message }).max(100, { message: "Name must be 100 characters or fewer" });

/**
 * How staff find a patient: by NHS number (Modulus 11 checked), by last name and
 * date of birth (first name optional), or by postcode. The one schema behind the
 * form, the server action and the tests.
 */
export const patientSearchSchema = z.discriminatedUnion(
  "searchBy",
  [
    z.object({ searchBy: z.literal("nhsNumber"), nhsNumber, page }),
    z.object({
      searchBy: z.literal("nameAndDateOfBirth"),
      familyName: name("Enter the patient's last name"),
      givenName: text().trim().max(100, { message: "Name must be 100 characters or fewer" }).optional().transform((v) => v || undefined),
      dateOfBirth: datePartsSchema("Date of birth", { past: true }),
      page,
    }),
    z.object({ searchBy: z.literal("postcode"), postcode: postcodeSchema, page }),
  ],
  { error: () => ({ message: "Select how you want to find the patient" }) },
);

export type PatientSearchQuery = z.output<typeof patientSearchSchema>;
export type PatientSearchInput = z.input<typeof patientSearchSchema>;

/** The search form's fields (as FormData gives them) in the shape the schema reads. */
export function patientSearchInput(fields: Record<string, string | undefined>): unknown {
  return {
    searchBy: fields.searchBy,
    nhsNumber: fields.nhsNumber,
    familyName: fields.familyName,
    givenName: fields.givenName,
    dateOfBirth: { day: fields["dateOfBirth-day"], month: fields["dateOfBirth-month"], year: fields["dateOfBirth-year"] },
    postcode: fields.postcode,
    page: fields.page,
  };
}
