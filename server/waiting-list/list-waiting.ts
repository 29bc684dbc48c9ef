import type { DbClient, Prisma } from "../platform/db/client";
import { bandOf, weeksWaited } from "./bands";
import type { WaitingListFilters } from "./list-filters";
import { decodeCursor, encodeCursor } from "./turn-cursor";
import { turnPage, type TurnKey } from "./turn-page";
import { validationStatus } from "./validation-status";

export const PAGE_SIZE = 50;

const entrySelect = {
  id: true,
  kind: true,
  status: true,
  priority: true,
  addedAt: true,
  dueBy: true,
  waitingSince: true,
  lastValidatedAt: true,
  validationSentAt: true,
  invitedAt: true,
  inviteExpiresAt: true,
  clinicalReviewAt: true,
  patient: {
    select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true, postcode: true, email: true, mobile: true, preferredContact: true, communicationNeeds: true, interpreterLanguage: true },
  },
  service: { select: { id: true, code: true, name: true } },
  referral: { select: { id: true, pathwayId: true, status: true, clinicalPriority: true, receivedAt: true, rttClockStartAt: true, rttStatusCode: true } },
  appointments: { where: { status: { in: ["BOOKED", "ARRIVED"] } }, orderBy: { startsAt: "asc" }, take: 1, select: { id: true, startsAt: true } },
} satisfies Prisma.WaitingListEntrySelect;

/** The details shown for each row of a page, in the page's order. */
export async function loadTurnRows(client: DbClient, keys: TurnKey[], now: Date) {
  const entries = await client.waitingListEntry.findMany({ where: { id: { in: keys.map((k) => k.id) } }, select: entrySelect });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return keys.flatMap((key) => {
    const entry = byId.get(key.id);
    if (!entry) return [];
    const waitingSince = entry.waitingSince ?? entry.addedAt;
    return [
      {
        ...entry,
        waitingSince,
        position: key.position,
        weeksWaited: weeksWaited(waitingSince, now),
        band: bandOf(waitingSince, now),
        validation: validationStatus({ waitingSince, lastValidatedAt: entry.lastValidatedAt, validationSentAt: entry.validationSentAt }, now),
        invited: entry.status === "WAITING" && !!entry.inviteExpiresAt && entry.inviteExpiresAt > now,
        followUpOverdue: entry.kind === "FOLLOW_UP" && !!entry.dueBy && entry.dueBy.getTime() < now.getTime() - 86_400_000,
        nextAppointment: entry.appointments[0] ?? null,
      },
    ];
  });
}

export type WaitingListRow = Awaited<ReturnType<typeof loadTurnRows>>[number];

/** One page of the waiting list in turn, and the cursor for the next page (null at the end). */
export async function listWaiting(client: DbClient, filters: WaitingListFilters, after: unknown, now: Date, pageSize = PAGE_SIZE) {
  const cursor = decodeCursor(after);
  const keys = await turnPage(client, filters, now, cursor, pageSize + 1);
  const shown = keys.slice(0, pageSize);
  const last = shown.at(-1);
  const next = keys.length > pageSize && last ? encodeCursor(last) : null;
  return { rows: await loadTurnRows(client, shown, now), next, firstPosition: (cursor?.position ?? 0) + 1 };
}
