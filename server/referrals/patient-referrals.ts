import type { DbClient } from "../platform/db/client";

/** A patient's own referrals with their next live appointment, newest first. */
export async function listPatientReferrals(client: DbClient, patientId: string) {
  return client.referral.findMany({
    where: { patientId },
    orderBy: { receivedAt: "desc" },
    select: {
      id: true,
      status: true,
      priority: true,
      receivedAt: true,
      reason: true,
      service: { select: { name: true, contactPhone: true } },
      appointments: {
        where: { status: { in: ["BOOKED", "ARRIVED"] } },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { id: true, startsAt: true, appointmentType: { select: { name: true, mode: true } }, clinic: { select: { location: { select: { name: true } } } } },
      },
    },
  });
}

export type PatientReferral = Awaited<ReturnType<typeof listPatientReferrals>>[number];
