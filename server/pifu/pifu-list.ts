import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";

export const PIFU_LIST_PAGE_SIZE = 50;
export const PIFU_LIST_VIEWS = { all: "Everyone on PIFU", ending: "Ending in the next 4 weeks", overdue: "Overdue requests", review: "Ended: clinical review due" } as const;
export type PifuListView = keyof typeof PIFU_LIST_VIEWS;

const ENDING_WITHIN_MS = 28 * 86_400_000;

/** Where a page starts: after the last row of the one before (end date, then id). */
export type PifuListCursor = { endsAt: Date | null; id: string };

const rowSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  endAction: true,
  lastContactAt: true,
  referralId: true,
  service: { select: { name: true } },
  patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } },
  requests: { where: { status: "OPEN" as const }, select: { id: true, dueAt: true } },
} satisfies Prisma.PifuPathwaySelect;

export type PifuListRow = Prisma.PifuPathwayGetPayload<{ select: typeof rowSelect }> & { overdue: boolean };

/**
 * The PIFU list: active pathways, the soonest end first (open-ended last), a page
 * at a time by keyset over (serviceId, status, endsAt, id), so page 200 costs what
 * page 1 does at 100,000 pathways. Views: everyone, ending within 4 weeks, those
 * with an overdue request, and those ended waiting for their clinical review.
 */
export async function listPifuPathways(
  client: DbClient,
  options: { view?: PifuListView; serviceId?: string; after?: PifuListCursor | null; now?: Date } = {},
): Promise<{ rows: PifuListRow[]; next: PifuListCursor | null }> {
  const now = options.now ?? new Date();
  const view = options.view ?? "all";
  const where: Prisma.PifuPathwayWhereInput = { status: view === "review" ? "REVIEW_DUE" : "ACTIVE", ...(options.serviceId ? { serviceId: options.serviceId } : {}) };
  if (view === "ending") where.endsAt = { gte: now, lt: new Date(now.getTime() + ENDING_WITHIN_MS) };
  if (view === "overdue") where.requests = { some: { status: "OPEN", dueAt: { lt: now } } };
  const after = options.after ? keysetAfter(options.after) : {};
  const found = await client.pifuPathway.findMany({
    where: { AND: [where, after] },
    orderBy: [{ endsAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: PIFU_LIST_PAGE_SIZE + 1,
    select: rowSelect,
  });
  const rows = found.slice(0, PIFU_LIST_PAGE_SIZE).map((row) => ({ ...row, overdue: row.requests.some((r) => r.dueAt < now) }));
  const last = rows[rows.length - 1];
  return { rows, next: found.length > PIFU_LIST_PAGE_SIZE && last ? { endsAt: last.endsAt, id: last.id } : null };
}

function keysetAfter(cursor: PifuListCursor): Prisma.PifuPathwayWhereInput {
  if (cursor.endsAt === null) return { endsAt: null, id: { gt: cursor.id } };
  return { OR: [{ endsAt: { gt: cursor.endsAt } }, { endsAt: cursor.endsAt, id: { gt: cursor.id } }, { endsAt: null }] };
}

/** The cursor as a URL value, and back (a malformed one starts from the top). */
export function encodeCursor(cursor: PifuListCursor): string {
  return `${cursor.endsAt ? cursor.endsAt.getTime() : "open"}_${cursor.id}`;
}

export function decodeCursor(value: string | undefined): PifuListCursor | null {
  const match = value?.match(/^(open|\d{1,15})_([0-9a-f-]{36})$/);
  if (!match) return null;
  return { endsAt: match[1] === "open" ? null : new Date(Number(match[1])), id: match[2]! };
}

/** Counts for the view tabs: cheap through the indexes. */
export async function pifuListCounts(client: DbClient, options: { serviceId?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const service = options.serviceId ? { serviceId: options.serviceId } : {};
  const [all, ending, overdue, review] = await Promise.all([
    client.pifuPathway.count({ where: { status: "ACTIVE", ...service } }),
    client.pifuPathway.count({ where: { status: "ACTIVE", ...service, endsAt: { gte: now, lt: new Date(now.getTime() + ENDING_WITHIN_MS) } } }),
    client.pifuRequest.count({ where: { status: "OPEN", ...service, dueAt: { lt: now } } }),
    client.pifuPathway.count({ where: { status: "REVIEW_DUE", ...service } }),
  ]);
  return { all, ending, overdue, review } satisfies Record<PifuListView, number>;
}
