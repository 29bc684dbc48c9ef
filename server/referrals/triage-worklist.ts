import type { DbClient } from "../platform/db/client";
import { TRIAGEABLE_STATUSES } from "./triage-referral";
import { isUuid } from "../platform/forms/uuid";

export const TRIAGE_PAGE_SIZE = 25;

/** Each active service with how many referrals wait for its triage. */
export async function triageServiceSummaries(client: DbClient) {
  const [services, counts] = await Promise.all([
    client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, usesSurgicalPriorities: true } }),
    client.referral.groupBy({ by: ["serviceId"], where: { status: { in: TRIAGEABLE_STATUSES } }, _count: { _all: true } }),
  ]);
  const byService = new Map(counts.map((c) => [c.serviceId, c._count._all]));
  return services.map((s) => ({ ...s, waiting: byService.get(s.id) ?? 0 }));
}

/**
 * A service's triage worklist: most urgent first (two-week wait, urgent, routine:
 * the enum is declared routine, urgent, two-week wait and PostgreSQL sorts enums
 * in declaration order, so descending), then longest waiting first.
 */
export async function triageWorklist(client: DbClient, serviceId: string, page: number) {
  const where = { serviceId, status: { in: TRIAGEABLE_STATUSES } };
  const [total, rows] = await Promise.all([
    client.referral.count({ where }),
    client.referral.findMany({
      where,
      orderBy: [{ priority: "desc" }, { receivedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * TRIAGE_PAGE_SIZE,
      take: TRIAGE_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        priority: true,
        receivedAt: true,
        reason: true,
        referrerName: true,
        originalService: { select: { name: true } },
        patient: { select: { givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true } },
      },
    }),
  ]);
  return { total, rows, page, pageCount: Math.max(1, Math.ceil(total / TRIAGE_PAGE_SIZE)) };
}

/** What a clinician needs to triage one referral, and the choices they have. */
export async function loadReferralForTriage(client: DbClient, referralId: string) {
  if (!isUuid(referralId)) return null;
  const referral = await client.referral.findUnique({
    where: { id: referralId },
    select: {
      id: true,
      status: true,
      priority: true,
      receivedAt: true,
      reason: true,
      referrerName: true,
      referrerOrgCode: true,
      source: true,
      triageNote: true,
      serviceId: true,
      service: { select: { id: true, name: true, usesSurgicalPriorities: true } },
      originalService: { select: { name: true } },
      patient: { select: { givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true } },
    },
  });
  if (!referral) return null;
  const [otherServices, appointmentTypes] = await Promise.all([
    client.service.findMany({ where: { active: true, id: { not: referral.serviceId } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    client.appointmentType.findMany({ where: { serviceId: referral.serviceId, kind: "NEW", active: true }, orderBy: { code: "asc" }, select: { id: true, name: true, mode: true } }),
  ]);
  return { referral, otherServices, appointmentTypes };
}
