import type { DbClient } from "../db/client";

/** One of the signed-in patient's referrals; null when it is not theirs or does not exist. */
export async function findPatientReferral(client: DbClient, patientId: string, referralId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(referralId)) return null;
  return client.referral.findFirst({
    where: { id: referralId, patientId },
    select: {
      id: true,
      status: true,
      priority: true,
      receivedAt: true,
      reason: true,
      referrerName: true,
      service: { select: { name: true, contactPhone: true, contactEmail: true } },
    },
  });
}
