import { z } from "zod";
import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { isValidNhsNumber, normaliseNhsNumber } from "../patients/nhs-number";
import { text } from "../platform/forms/text";

export const REFERRAL_STATUSES = ["AWAITING_TRIAGE", "ACCEPTED", "REJECTED", "REDIRECTED", "ADVICE_AND_GUIDANCE", "BOOKED", "SEEN", "ON_PIFU", "DISCHARGED", "CLOSED"] as const;
export const REFERRALS_PER_PAGE = 25;
/** Totals are counted up to here; beyond it the list says "more than 1,000", which is all a clerk needs. */
export const REFERRAL_COUNT_CAP = 1_000;

/** A position in the list (most recently received first): the receipt time and id of a row. */
const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/i)
  .transform((value) => {
    const [at, id] = value.split("_") as [string, string];
    return { receivedAt: new Date(at), id: id.toLowerCase() };
  })
  .refine((c) => !Number.isNaN(c.receivedAt.getTime()));

/** The referral list's filters, from the query string. Anything unrecognised is ignored rather than an error. */
export const referralSearchSchema = z.object({
  q: text().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  serviceId: z.uuid().optional().catch(undefined),
  status: z.enum(REFERRAL_STATUSES).optional().catch(undefined),
  /** Rows after this one (the next page) or before it (the previous page): keyset paging, no OFFSET. */
  after: cursorSchema.optional().catch(undefined),
  before: cursorSchema.optional().catch(undefined),
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

export function referralCursor(row: { receivedAt: Date; id: string }): string {
  return `${row.receivedAt.toISOString()}_${row.id}`;
}

/**
 * A page of referrals, most recently received first, over the index that matches
 * that order (`receivedAt DESC, id`, with the service and status in front where
 * filtered), so a deep page costs what the first does. The total is exact up to
 * REFERRAL_COUNT_CAP and "more than" beyond it.
 */
export async function searchReferrals(client: DbClient, search: ReferralSearch) {
  const filter: Prisma.ReferralWhereInput = {
    ...(search.serviceId ? { serviceId: search.serviceId } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.q ? searchTextFilter(search.q) : {}),
  };
  const backwards = !search.after && Boolean(search.before);
  const cursor = search.after ?? search.before;
  // Newest first: "after" a row means received earlier, or at the same time with a greater id.
  const beyond: Prisma.ReferralWhereInput | undefined = cursor && {
    OR: backwards
      ? [{ receivedAt: { gt: cursor.receivedAt } }, { receivedAt: cursor.receivedAt, id: { lt: cursor.id } }]
      : [{ receivedAt: { lt: cursor.receivedAt } }, { receivedAt: cursor.receivedAt, id: { gt: cursor.id } }],
  };
  const [counted, found] = await Promise.all([
    client.referral.findMany({ where: filter, select: { id: true }, take: REFERRAL_COUNT_CAP + 1 }),
    client.referral.findMany({
      where: beyond ? { AND: [filter, beyond] } : filter,
      orderBy: backwards ? [{ receivedAt: "asc" }, { id: "desc" }] : [{ receivedAt: "desc" }, { id: "asc" }],
      take: REFERRALS_PER_PAGE + 1,
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
  const more = found.length > REFERRALS_PER_PAGE;
  const page = found.slice(0, REFERRALS_PER_PAGE);
  const rows = backwards ? page.reverse() : page;
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    total: Math.min(counted.length, REFERRAL_COUNT_CAP),
    totalIsCapped: counted.length > REFERRAL_COUNT_CAP,
    /** Cursors for the neighbouring pages, when there are rows that way. */
    previous: first && (backwards ? more : Boolean(cursor)) ? referralCursor(first) : undefined,
    next: last && (backwards || more) ? referralCursor(last) : undefined,
  };
}

export function listServices(client: DbClient) {
  return client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true, usesSurgicalPriorities: true } });
}
