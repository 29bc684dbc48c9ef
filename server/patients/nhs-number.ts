import { z } from "zod";

/**
 * NHS numbers: 10 digits, the last a Modulus 11 check digit over the first nine
 * (weights 10 down to 2). NHS Data Dictionary.
 */
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for nine digits, or null when no check digit makes them valid (remainder gives 10). */
export function nhsNumberCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) throw new RangeError("nhsNumberCheckDigit needs exactly nine digits");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Removes the spaces and dashes people type or copy from letters ("943 476 5919", "943-476-5919"). */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** True for a 10-digit NHS number whose check digit is right. Expects normalised input. */
export function isValidNhsNumber(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false;
  return nhsNumberCheckDigit(s.slice(0, 9)) === Number(s[9]);
}

/** The 3-3-4 format NHS.UK uses for display: "943 476 5919". */
export function formatNhsNumber(s: string): string {
  const digits = normaliseNhsNumber(s);
  if (!/^\d{10}$/.test(digits)) return s;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Accepts what a person types; yields the normalised 10 digits. */
export const nhsNumberSchema = z
  .string({ message: "Enter a valid 10-digit NHS number" })
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, { message: "Enter a valid 10-digit NHS number" });
