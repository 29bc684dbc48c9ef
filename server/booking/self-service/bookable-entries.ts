import type { DbClient } from "../../platform/db/client";
import type { AppointmentKind } from "../../platform/db/generated/enums";
import { scopeFilter, type SelfBookingScope } from "./scope";
import { isUuid } from "../../platform/forms/uuid";

/** Referrals whose waiting-list entries a patient may still book against. */
const OPEN_REFERRAL_STATUSES = ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU"] as const;

const bookableTypeSelect = { id: true, name: true, mode: true, minNoticeHours: true, maxHorizonDays: true } as const;

/**
 * The referrals and follow-ups ready to book: the scope's waiting-list entries
 * still WAITING, on an open referral. Each comes with the appointment types the
 * patient may book themselves (same service, same kind: new or follow-up; in
 * person, telephone or video). None means the service books it by phone.
 */
export async function listBookableEntries(client: DbClient, scope: SelfBookingScope) {
  const entries = await client.waitingListEntry.findMany({
    where: { ...scopeFilter(scope), status: "WAITING", referral: { status: { in: [...OPEN_REFERRAL_STATUSES] } } },
    orderBy: { addedAt: "asc" },
    select: entrySelect,
  });
  return Promise.all(entries.map((entry) => withTypes(client, entry)));
}

export async function loadBookableEntry(client: DbClient, scope: SelfBookingScope, entryId: string) {
  if (!isUuid(entryId)) return null;
  const entry = await client.waitingListEntry.findFirst({
    where: { id: entryId, ...scopeFilter(scope), status: "WAITING", referral: { status: { in: [...OPEN_REFERRAL_STATUSES] } } },
    select: entrySelect,
  });
  return entry ? withTypes(client, entry) : null;
}

export type BookableEntry = NonNullable<Awaited<ReturnType<typeof loadBookableEntry>>>;
export type BookableType = BookableEntry["bookableTypes"][number];

const entrySelect = {
  id: true,
  kind: true,
  referralId: true,
  serviceId: true,
  addedAt: true,
  dueBy: true,
  service: { select: { id: true, name: true, contactPhone: true } },
  referral: { select: { id: true, reason: true, bookingReference: true } },
} as const;

async function withTypes<T extends { serviceId: string; kind: AppointmentKind }>(client: DbClient, entry: T) {
  return { ...entry, bookableTypes: await patientBookableTypes(client, entry.serviceId, entry.kind) };
}

export function patientBookableTypes(client: DbClient, serviceId: string, kind: AppointmentKind) {
  return client.appointmentType.findMany({
    where: { serviceId, kind, active: true, patientBookable: true, service: { active: true } },
    orderBy: { code: "asc" },
    select: bookableTypeSelect,
  });
}

