import { z } from "zod";
import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { isValidNhsNumber, normaliseNhsNumber } from "../patients/nhs-number";
import { text } from "../platform/forms/text";

export const REFERRAL_STATUSES = ["AWAITING_TRIAGE", "ACCEPTED", "REJECTED", "REDIRECTED", "ADVICE_AND_GUIDANCE", "BOOKED", "SEEN", "ON_PIFU", "DISCHARGED", "CLOSED"] as const;
export const REFERRALS_PER_PAGE = 25;

/** The referral list's filters, from the query string. Anything unrecognised is ignored rather than an error. */
export const referralSearchSchema = z.object({
  q: text().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  serviceId: z.uuid().optional().catch(undefined),
  status: z.enum(REFERRAL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ReferralSearch = z.output<typeof referralSearchSchema>;

/**
 * What a clerk types into the search box: an NHS number, a UBRN, a pathway id, a
 * booking reference, or part of a family name.
 */
export function searchTextFilter(q: string): Prisma.ReferralWhereInput {
  const compact = q.replace(/[\s-]/g, "");
  if (/^\d{10}$/.test(compact) && isValidNhsNumber(normaliseNhsNumber(compact))) return { patient: { nhsNumber: compact } };
  if (/^\d{12}$/.test(compact)) return { ubrn: compact };
  if (/^NCH\d{9}$/i.test(compact)) return { pathwayId: compact.toUpperCase() };
  const name = { familyName: { contains: q, mode: "insensitive" as const } };
  if (/^[A-Z0-9]{8}$/i.test(compact)) return { OR: [{ bookingReference: compact.toUpperCase() }, { patient: name }] };
  return { patient: name };
}

export async function searchReferrals(client: DbClient, search: ReferralSearch) {
  const where: Prisma.ReferralWhereInput = {
    ...(search.serviceId ? { serviceId: search.serviceId } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.q ? searchTextFilter(search.q) : {}),
  };
  const [total, rows] = await Promise.all([
    client.referral.count({ where }),
    client.referral.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
      skip: (search.page - 1) * REFERRALS_PER_PAGE,
      take: REFERRALS_PER_PAGE,
      select: {
        id: true,
        status: true,
        priority: true,
        receivedAt: true,
        rttClockStartAt: true,
        rttClockStopAt: true,
        rttStatusCode: true,
        service: { select: { name: true } },
        patient: { select: { givenName: true, familyName: true, nhsNumber: true } },
      },
    }),
  ]);
  return { total, rows, page: search.page, pageCount: Math.max(1, Math.ceil(total / REFERRALS_PER_PAGE)) };
}

export function listServices(client: DbClient) {
  return client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true, usesSurgicalPriorities: true } });
}
