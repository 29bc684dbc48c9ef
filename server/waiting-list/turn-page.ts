import type { DbClient } from "../platform/db/client";
import { Prisma } from "../platform/db/generated/client";
import { PRIORITIES, type ListPriority, type WaitingListFilters } from "./list-filters";
import { openEntriesWhere } from "./open-entries-sql";
import type { TurnCursor } from "./turn-cursor";

export type TurnKey = { id: string; priority: ListPriority; waitingSince: Date; position: number };

/**
 * One keyset page of the open list in turn: clinical priority (two week wait,
 * urgent, routine), then the longest wait first, then id. Each priority is one
 * range scan of the "open turn" index from the cursor on (no OFFSET), so the
 * hundredth page costs what the first does.
 */
export async function turnPage(client: DbClient, filters: WaitingListFilters, now: Date, cursor: TurnCursor | null, limit: number): Promise<TurnKey[]> {
  const where = openEntriesWhere(filters, now);
  const startAt = cursor ? PRIORITIES.indexOf(cursor.priority) : 0;
  const priorities = PRIORITIES.filter((p, index) => index >= startAt && (!filters.priority || filters.priority === p));
  if (priorities.length === 0) return [];
  const branches = priorities.map((priority, order) => {
    const after = cursor && priority === cursor.priority ? Prisma.sql`AND (w."waitingSince", w."id") > (${cursor.waitingSince}, ${cursor.id}::uuid)` : Prisma.empty;
    return Prisma.sql`(SELECT w."id", w."priority"::text AS "priority", w."waitingSince", ${order}::int AS "order"
      FROM "WaitingListEntry" w
      WHERE ${where} AND w."priority" = ${priority}::"ReferralPriority" ${after}
      ORDER BY w."waitingSince", w."id" LIMIT ${limit})`;
  });
  const rows = await client.$queryRaw<{ id: string; priority: ListPriority; waitingSince: Date; order: number }[]>(
    Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) page ORDER BY "order", "waitingSince", "id" LIMIT ${limit}`,
  );
  const before = cursor?.position ?? 0;
  return rows.map((row, index) => ({ id: row.id, priority: row.priority, waitingSince: row.waitingSince, position: before + index + 1 }));
}
