import type { DbClient } from "../platform/db/client";

/**
 * A referral as the "put on PIFU" page needs it, and the clinician responsible:
 * the signed-in user's own clinician record, or else whoever last saw the patient
 * on this referral. Null when there is no such referral.
 */
export async function loadActivationTarget(client: DbClient, referralId: string, userId: string) {
  const [referral, user] = await Promise.all([
    client.referral.findUnique({
      where: { id: referralId },
      select: {
        id: true,
        status: true,
        reason: true,
        serviceId: true,
        service: { select: { name: true } },
        patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } },
        appointments: { where: { status: "SEEN" }, orderBy: { startsAt: "desc" }, take: 1, select: { clinicianId: true } },
        pifuPathways: { where: { status: { in: ["ACTIVE", "REVIEW_DUE"] } }, select: { id: true, endsAt: true, status: true } },
      },
    }),
    client.user.findUnique({ where: { id: userId }, select: { clinicianId: true } }),
  ]);
  if (!referral) return null;
  return { ...referral, clinicianId: user?.clinicianId ?? referral.appointments[0]?.clinicianId ?? null };
}
