import type { DbClient } from "../platform/db/client";

/**
 * Open pathways nobody owns: referrals still open after triage (accepted, booked,
 * seen, on PIFU) with no waiting-list entry that is waiting, no live (booked or
 * arrived) appointment, no live PIFU pathway and no open worklist task. Each such
 * pathway would wait silently; there should be none. (Referrals awaiting triage
 * are owned by the triage queue.) Returns their ids, at most `limit`.
 */
export async function findOwnerlessPathways(client: DbClient, options: { referralIds?: string[]; limit?: number } = {}): Promise<string[]> {
  const limit = options.limit ?? 1000;
  const ids = options.referralIds ?? null;
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT r.id::text AS id
    FROM "Referral" r
    WHERE r.status IN ('ACCEPTED', 'BOOKED', 'SEEN', 'ON_PIFU')
      AND (${ids}::uuid[] IS NULL OR r.id = ANY(${ids}::uuid[]))
      AND NOT EXISTS (SELECT 1 FROM "WaitingListEntry" w WHERE w."referralId" = r.id AND w.status = 'WAITING')
      AND NOT EXISTS (SELECT 1 FROM "Appointment" a WHERE a."referralId" = r.id AND a.status IN ('BOOKED', 'ARRIVED'))
      AND NOT EXISTS (SELECT 1 FROM "PifuPathway" p WHERE p."referralId" = r.id AND p.status IN ('ACTIVE', 'TRIGGERED', 'REVIEW_BOOKED', 'REVIEW_DUE'))
      AND NOT EXISTS (SELECT 1 FROM "WorklistTask" t WHERE t."referralId" = r.id AND t.status IN ('OPEN', 'IN_PROGRESS'))
    ORDER BY r.id
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
