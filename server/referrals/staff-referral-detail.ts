import type { DbClient } from "../platform/db/client";
import { isUuid } from "../platform/forms/uuid";

/** Everything the staff referral page shows: the referral, its patient, its RTT events and its audit trail. */
export async function loadStaffReferral(client: DbClient, referralId: string) {
  if (!isUuid(referralId)) return null;
  const referral = await client.referral.findUnique({
    where: { id: referralId },
    include: {
      patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true, postcode: true, diedAt: true } },
      service: { select: { id: true, name: true, code: true, usesSurgicalPriorities: true } },
      originalService: { select: { name: true } },
      rttEvents: { orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] },
      appointments: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, status: true, appointmentType: { select: { name: true } } } },
    },
  });
  if (!referral) return null;
  const audit = await client.auditEvent.findMany({
    where: { entityType: "Referral", entityId: referral.id },
    orderBy: { occurredAt: "asc" },
    select: { id: true, occurredAt: true, actorLabel: true, action: true, before: true, after: true },
  });
  return { referral, audit };
}

export type StaffReferral = NonNullable<Awaited<ReturnType<typeof loadStaffReferral>>>;

const ACTIONS: Record<string, string> = {
  "referral.created": "Referral received",
  "referral.triaged.accept": "Accepted at triage",
  "referral.triaged.reject": "Rejected at triage",
  "referral.triaged.redirect": "Redirected at triage",
  "referral.triaged.advice_and_guidance": "Advice and guidance given",
  "referral.rtt_recorded": "RTT status recorded",
  "referral.booking-invitation-sent": "Invitation to book sent",
  "referral.reference-sign-in": "Patient opened it with the booking reference",
};

/** An audit action as staff would say it. */
export function auditActionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}
