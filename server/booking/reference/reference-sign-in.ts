import { z } from "zod";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/client";
import { consumeRateLimit, type RateLimitRule } from "../../platform/rate-limit/consume-rate-limit";

/** 5 tries per reference and 20 per client address (a household or surgery may share one) in 15 minutes. */
export const REFERENCE_ATTEMPTS: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_ATTEMPTS: RateLimitRule = { limit: 20, windowMs: 15 * 60_000 };

const digits = (label: string) => z.string().trim().regex(/^\d{1,4}$/, { message: label });

export const referenceSignInSchema = z.object({
  reference: z
    .string()
    .transform(normaliseReference)
    .pipe(z.string().regex(/^[A-Z0-9]{8}$/, { message: "Enter your booking reference. It is 8 letters and numbers, like K7MX 4PQA" })),
  dobDay: digits("Date of birth must include a day"),
  dobMonth: digits("Date of birth must include a month"),
  dobYear: z.string().trim().regex(/^\d{4}$/, { message: "Year must include 4 numbers" }),
  postcode: z
    .string()
    .transform(normalisePostcode)
    .pipe(z.string().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/, { message: "Enter a real postcode, like B29 6HZ" })),
});
export type ReferenceSignInInput = z.input<typeof referenceSignInSchema>;

export function normaliseReference(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, "");
}

export function normalisePostcode(value: string): string {
  return value.toUpperCase().replace(/\s/g, "");
}

export type ReferenceSignInResult =
  | { ok: true; referralId: string; patientId: string }
  | { ok: false; reason: "NO_MATCH" | "RATE_LIMITED"; retryAt?: Date };

/**
 * Checks a booking reference with the patient's date of birth and postcode.
 * Every attempt counts against the reference and the client address first
 * (shared across instances in PostgreSQL); a wrong reference and wrong details
 * get the same answer, so nobody can learn whether a reference exists.
 */
export async function signInWithReference(client: Db, input: z.output<typeof referenceSignInSchema>, clientAddress: string, now = new Date()): Promise<ReferenceSignInResult> {
  const [byReference, byAddress] = await Promise.all([
    consumeRateLimit(client, `reference:${input.reference}`, REFERENCE_ATTEMPTS, now),
    consumeRateLimit(client, `address:${clientAddress}`, ADDRESS_ATTEMPTS, now),
  ]);
  if (!byReference.allowed || !byAddress.allowed) {
    const retryAt = new Date(Math.max(byReference.allowed ? 0 : byReference.resetAt.getTime(), byAddress.allowed ? 0 : byAddress.resetAt.getTime()));
    return { ok: false, reason: "RATE_LIMITED", retryAt };
  }
  const dateOfBirth = new Date(Date.UTC(Number(input.dobYear), Number(input.dobMonth) - 1, Number(input.dobDay)));
  const referral = await client.referral.findUnique({
    where: { bookingReference: input.reference },
    select: { id: true, patientId: true, patient: { select: { dateOfBirth: true, postcode: true } } },
  });
  const matches =
    referral !== null &&
    !Number.isNaN(dateOfBirth.getTime()) &&
    referral.patient.dateOfBirth.getTime() === dateOfBirth.getTime() &&
    normalisePostcode(referral.patient.postcode) === input.postcode;
  if (!referral || !matches) return { ok: false, reason: "NO_MATCH" };
  await recordAudit(client, {
    actor: { userId: null, label: "Patient (booking reference)" },
    action: "referral.reference-sign-in",
    entityType: "Referral",
    entityId: referral.id,
    patientId: referral.patientId,
  });
  return { ok: true, referralId: referral.id, patientId: referral.patientId };
}
