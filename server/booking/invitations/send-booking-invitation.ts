import { randomInt } from "node:crypto";
import { DomainError } from "../../platform/errors/domain-error";
import { recordAudit, systemActor, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import { queuePatientMessage } from "../../messages/queue-patient-message";

/** Booking references avoid characters people misread: no 0/O or 1/I/L. */
export const BOOKING_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const BOOKING_REFERENCE_LENGTH = 8;

export class InvitationNotPossibleError extends DomainError {
  readonly code = "INVITATION_NOT_POSSIBLE";
  constructor() {
    super("Only an accepted referral that is waiting to be booked can be sent an invitation to book.");
    this.name = "InvitationNotPossibleError";
  }
}

/**
 * Invites the patient to book: an email (or a letter, for patients who asked
 * for post) with their booking reference and a link to book by reference. Staff
 * and triage call this for accepted referrals; the referral gets a reference
 * first if it has none. The message is sent after commit by the job queue.
 */
export async function sendBookingInvitation(client: Db, referralId: string, actor: Actor = systemActor): Promise<{ messageId: string; bookingReference: string }> {
  return client.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id: referralId },
      select: { id: true, status: true, patientId: true, bookingReference: true, service: { select: { name: true } } },
    });
    if (!referral || referral.status !== "ACCEPTED") throw new InvitationNotPossibleError();
    const bookingReference = referral.bookingReference ?? (await assignBookingReference(tx, referral.id));
    const { messageId } = await queuePatientMessage(tx, {
      patientId: referral.patientId,
      referralId: referral.id,
      template: "booking-invitation",
      subject: `Book your ${referral.service.name} appointment`,
      payload: { referralId: referral.id },
    });
    await recordAudit(tx, {
      actor,
      action: "referral.booking-invitation-sent",
      entityType: "Referral",
      entityId: referral.id,
      patientId: referral.patientId,
      after: { messageId },
    });
    return { messageId, bookingReference };
  });
}

/** A new random reference, retried on the (unlikely) clash with an existing one. */
async function assignBookingReference(tx: Tx, referralId: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const candidate = generateBookingReference();
    const taken = await tx.referral.findUnique({ where: { bookingReference: candidate }, select: { id: true } });
    if (taken) continue;
    await tx.referral.update({ where: { id: referralId }, data: { bookingReference: candidate } });
    return candidate;
  }
  throw new Error("could not find a free booking reference");
}

export function generateBookingReference(): string {
  return Array.from({ length: BOOKING_REFERENCE_LENGTH }, () => BOOKING_REFERENCE_ALPHABET[randomInt(0, BOOKING_REFERENCE_ALPHABET.length)]).join("");
}
