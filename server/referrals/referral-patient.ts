import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Tx } from "../platform/db/client";
import { PatientDetailsNeededError, PatientMismatchError } from "./errors";
import { fieldErrors } from "../platform/forms/field-errors";
import { patientDetailsSchema, type CreateReferralData } from "./schemas";

export type ReferralPatient = { id: string; givenName: string; familyName: string; nhsNumber: string; created: boolean };

/**
 * The patient a referral is for, found by NHS number or created from the details
 * given. A known NHS number with a different date of birth is refused rather than
 * guessed at. Two referrals creating the same new patient at once both end up
 * with the one record (ON CONFLICT DO NOTHING, then read).
 */
export async function findOrCreateReferralPatient(tx: Tx, input: CreateReferralData["patient"], actor: Actor): Promise<ReferralPatient> {
  const existing = await findByNhsNumber(tx, input.nhsNumber);
  if (existing) {
    assertSamePerson(existing.dateOfBirth, input.dateOfBirth);
    return { ...existing, created: false };
  }
  const details = patientDetailsSchema.safeParse(input);
  if (!details.success) {
    throw new PatientDetailsNeededError(Object.fromEntries(Object.entries(fieldErrors(details.error)).map(([k, v]) => [`patient.${k}`, v])));
  }
  const d = details.data;
  const inserted = await tx.patient.createMany({
    data: [
      {
        nhsNumber: d.nhsNumber,
        givenName: d.givenName,
        familyName: d.familyName,
        dateOfBirth: d.dateOfBirth,
        addressLine1: d.addressLine1,
        addressLine2: d.addressLine2 ?? null,
        town: d.town,
        postcode: d.postcode,
        email: d.email ?? null,
        mobile: d.mobile ?? null,
        // Without an email or mobile number, letters are how we reach them.
        preferredContact: d.email ? "EMAIL" : d.mobile ? "SMS" : "POST",
      },
    ],
    skipDuplicates: true,
  });
  const patient = await findByNhsNumber(tx, d.nhsNumber);
  if (!patient) throw new Error("patient vanished after insert");
  if (inserted.count === 0) {
    assertSamePerson(patient.dateOfBirth, d.dateOfBirth);
    return { ...patient, created: false };
  }
  await recordAudit(tx, {
    actor,
    action: "patient.created",
    entityType: "Patient",
    entityId: patient.id,
    patientId: patient.id,
    after: { nhsNumber: patient.nhsNumber, source: "referral" },
  });
  return { ...patient, created: true };
}

function findByNhsNumber(tx: Tx, nhsNumber: string) {
  return tx.patient.findUnique({
    where: { nhsNumber },
    select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true },
  });
}

function assertSamePerson(known: Date, given: Date | undefined): void {
  if (given && known.toISOString().slice(0, 10) !== given.toISOString().slice(0, 10)) throw new PatientMismatchError();
}
