import type { DbClient } from "../platform/db/client";
import { clockFromReferral, computeRttWait, type RttWait } from "./rtt/rtt-clock";
import type { TrackerFacts } from "./referral-timeline";
import { ESTIMATE_WINDOW_WEEKS, estimateRemainingWait, type WaitEstimate } from "./wait-estimate";
import { isUuid } from "../platform/forms/uuid";

/** One of the signed-in patient's referrals; null when it is not theirs or does not exist. */
export async function findPatientReferral(client: DbClient, patientId: string, referralId: string) {
  if (!isUuid(referralId)) return null;
  return client.referral.findFirst({
    where: { id: referralId, patientId },
    select: {
      id: true,
      status: true,
      priority: true,
      receivedAt: true,
      triagedAt: true,
      reason: true,
      referrerName: true,
      rejectionReason: true,
      triageNote: true,
      bookingReference: true,
      serviceId: true,
      rttClockStartAt: true,
      rttClockStopAt: true,
      rttStatusCode: true,
      service: { select: { name: true, contactPhone: true, contactEmail: true } },
      originalService: { select: { name: true } },
      appointments: {
        orderBy: { startsAt: "asc" },
        select: { startsAt: true, status: true, appointmentType: { select: { name: true, mode: true } }, clinic: { select: { location: { select: { name: true } } } } },
      },
      pifuPathways: { where: { status: { in: ["ACTIVE", "TRIGGERED", "REVIEW_BOOKED"] } }, orderBy: { endsAt: "desc" }, take: 1, select: { endsAt: true } },
      waitingList: { where: { kind: "NEW", status: "WAITING" }, orderBy: { addedAt: "desc" }, take: 1, select: { id: true, priority: true } },
    },
  });
}

export type PatientReferralView = NonNullable<Awaited<ReturnType<typeof findPatientReferral>>>;

export function trackerFacts(r: PatientReferralView): TrackerFacts {
  return {
    status: r.status,
    receivedAt: r.receivedAt,
    triagedAt: r.triagedAt,
    referrerName: r.referrerName,
    serviceName: r.service.name,
    originalServiceName: r.originalService?.name ?? null,
    rejectionReason: r.rejectionReason,
    triageNote: r.triageNote,
    bookingReference: r.bookingReference,
    appointments: r.appointments.map((a) => ({
      startsAt: a.startsAt,
      status: a.status,
      typeName: a.appointmentType.name,
      mode: a.appointmentType.mode,
      locationName: a.clinic.location.name,
    })),
    pifuEndsAt: r.pifuPathways[0]?.endsAt ?? null,
    endedAt: r.rttClockStopAt,
  };
}

/** How long the patient has waited on their RTT clock; null when no wait counts. */
export function patientWait(r: PatientReferralView, now: Date): RttWait | null {
  return computeRttWait(clockFromReferral(r), now);
}

const PRIORITY_RANK = { TWO_WEEK_WAIT: 3, URGENT: 2, ROUTINE: 1 } as const;

/**
 * For a patient waiting to be booked: how many are ahead of them on the service's
 * new-patient list (higher priority, or the same priority and referred earlier),
 * and how many new appointments the service booked in the recent window.
 */
export async function patientWaitEstimate(client: DbClient, r: PatientReferralView, now: Date): Promise<WaitEstimate | null> {
  const entry = r.waitingList[0];
  if (!entry) return null;
  const higher = (Object.keys(PRIORITY_RANK) as (keyof typeof PRIORITY_RANK)[]).filter((p) => PRIORITY_RANK[p] > PRIORITY_RANK[entry.priority]);
  const since = new Date(now.getTime() - ESTIMATE_WINDOW_WEEKS * 7 * 86_400_000);
  const [patientsAhead, bookingsInWindow] = await Promise.all([
    client.waitingListEntry.count({
      where: {
        serviceId: r.serviceId,
        kind: "NEW",
        status: "WAITING",
        id: { not: entry.id },
        OR: [{ priority: { in: higher } }, { priority: entry.priority, referral: { receivedAt: { lt: r.receivedAt } } }],
      },
    }),
    client.appointment.count({
      where: { createdAt: { gte: since }, rescheduledFromId: null, appointmentType: { serviceId: r.serviceId, kind: "NEW" } },
    }),
  ]);
  return estimateRemainingWait({ patientsAhead, bookingsInWindow });
}
