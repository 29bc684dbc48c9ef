import type { Tx } from "../platform/db/client";
import { formatShortDate } from "../platform/time/london";
import type { ReferralMessagePayload, ReferralTemplate } from "../../emails/referral-messages";
import { queueReferralMessage } from "./queue-referral-message";

/**
 * Queues a message about a referral to its patient or referrer, with the payload
 * built from the referral as it is now (in the caller's transaction).
 */
export async function notifyReferral(
  tx: Tx,
  referralId: string,
  to: "patient" | "referrer",
  template: ReferralTemplate,
  extra: Partial<Pick<ReferralMessagePayload, "explanation" | "dueDate" | "appointmentDate">> = {},
): Promise<{ messageId: string | null }> {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: {
      id: true,
      referrerName: true,
      receivedAt: true,
      service: { select: { name: true, contactPhone: true } },
      patient: { select: { givenName: true, familyName: true, nhsNumber: true } },
    },
  });
  const payload: ReferralMessagePayload = {
    patientName: `${referral.patient.givenName} ${referral.patient.familyName}`,
    serviceName: referral.service.name,
    contactPhone: referral.service.contactPhone,
    trackerPath: `/patient/referrals/${referral.id}`,
    referrerName: referral.referrerName,
    nhsNumber: referral.patient.nhsNumber,
    receivedDate: formatShortDate(referral.receivedAt),
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
  };
  return queueReferralMessage(tx, { referralId, to, template, payload });
}
