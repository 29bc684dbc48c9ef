import type { DbClient } from "../platform/db/client";
import { Prisma } from "../platform/db/generated/client";
import { bandOf, bandRange, WAIT_BANDS, type WaitBandKey } from "./bands";
import type { WaitingListFilters } from "./list-filters";
import { openEntriesWhere } from "./open-entries-sql";

export type BandCounts = { total: number; bands: { key: WaitBandKey; label: string; count: number }[] };

const DAY_MS = 86_400_000;

/**
 * How many open entries fall in each weeks-waited band under the filters (the
 * band filter itself aside, so every band's count shows). Filters by service,
 * priority, kind and booking read the per-day counts a trigger keeps
 * (WaitingListDayCount) plus an exact count of the few days a band boundary cuts
 * through; other filters count the matching entries directly.
 */
export async function countByBand(client: DbClient, filters: WaitingListFilters, now: Date): Promise<BandCounts> {
  const counts = isDayCountable(filters) ? await countFromDays(client, filters, now) : await countDirectly(client, filters, now);
  const bands = WAIT_BANDS.map((band, index) => ({ key: band.key, label: band.label, count: counts[index] ?? 0 }));
  return { total: bands.reduce((sum, band) => sum + band.count, 0), bands };
}

function isDayCountable(filters: WaitingListFilters): boolean {
  return !filters.overdue && !filters.validation && !filters.needs && !filters.invited && !filters.pifu;
}

async function countDirectly(client: DbClient, filters: WaitingListFilters, now: Date): Promise<number[]> {
  const columns = WAIT_BANDS.map((band) => Prisma.sql`count(*) FILTER (WHERE ${bandCondition(band, now)})::int`);
  const [row] = await client.$queryRaw<{ counts: number[] }[]>(
    Prisma.sql`SELECT ARRAY[${Prisma.join(columns)}] AS "counts" FROM "WaitingListEntry" w WHERE ${openEntriesWhere(filters, now, { withBand: false })}`,
  );
  return row?.counts ?? [];
}

async function countFromDays(client: DbClient, filters: WaitingListFilters, now: Date): Promise<number[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.serviceId) conditions.push(Prisma.sql`d."serviceId" = ${filters.serviceId}::uuid`);
  if (filters.priority) conditions.push(Prisma.sql`d."priority" = ${filters.priority}::"ReferralPriority"`);
  if (filters.kind) conditions.push(Prisma.sql`d."kind" = ${filters.kind}::"AppointmentKind"`);
  if (filters.booked) conditions.push(Prisma.sql`d."status" = ${filters.booked === "yes" ? "BOOKED" : "WAITING"}::"WaitingListStatus"`);
  // Each boundary between bands is an instant; the UTC day it falls in is split by an exact count.
  const boundaries = WAIT_BANDS.slice(1).map((band, i) => {
    const at = bandRange(band, now).upTo!;
    const dayStart = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
    return { at, dayStart, older: i + 1, newer: i };
  });
  const exact = Prisma.join(
    boundaries.map((b) => Prisma.sql`count(*) FILTER (WHERE w."waitingSince" >= ${b.dayStart} AND w."waitingSince" <= ${b.at})::int`),
  );
  const days = Prisma.join(
    boundaries.map((b) => Prisma.sql`(w."waitingSince" >= ${b.dayStart} AND w."waitingSince" < ${new Date(b.dayStart.getTime() + DAY_MS)})`),
    " OR ",
  );
  const [dayRows, exactRows] = await Promise.all([
    client.$queryRaw<{ day: Date; count: number }[]>(
      Prisma.sql`SELECT d."day", sum(d."count")::int AS "count" FROM "WaitingListDayCount" d WHERE ${Prisma.join(conditions, " AND ")} GROUP BY d."day"`,
    ),
    client.$queryRaw<{ counts: number[] }[]>(
      Prisma.sql`SELECT ARRAY[${exact}] AS "counts" FROM "WaitingListEntry" w WHERE ${openEntriesWhere(filters, now, { withBand: false })} AND (${days})`,
    ),
  ]);
  const exactCounts = exactRows[0]?.counts ?? [];
  const counts = WAIT_BANDS.map(() => 0);
  for (const row of dayRows) {
    const index = boundaries.findIndex((b) => b.dayStart.getTime() === row.day.getTime());
    const boundary = boundaries[index];
    if (boundary) {
      const older = exactCounts[index] ?? 0;
      counts[boundary.older]! += older;
      counts[boundary.newer]! += row.count - older;
    } else {
      counts[WAIT_BANDS.findIndex((band) => band.key === bandOf(row.day, now).key)]! += row.count;
    }
  }
  return counts;
}

function bandCondition(band: (typeof WAIT_BANDS)[number], now: Date): Prisma.Sql {
  const range = bandRange(band, now);
  const bounds = [
    ...(range.upTo ? [Prisma.sql`w."waitingSince" <= ${range.upTo}`] : []),
    ...(range.after ? [Prisma.sql`w."waitingSince" > ${range.after}`] : []),
  ];
  return Prisma.join(bounds, " AND ");
}
