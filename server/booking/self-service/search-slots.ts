import { z } from "zod";
import { findFreeSlots, type FreeSlot } from "../core/find-slots";
import type { DbClient } from "../../platform/db/client";
import { earliestPatientStart } from "../core/slot-lock";
import type { BookableType } from "./bookable-entries";
import { addDays, isRealDay, londonDayOf, londonDayStart, type DayParts } from "./london-days";

export const MODES = ["IN_PERSON", "TELEPHONE", "VIDEO"] as const;
export const DEFAULT_DAYS_SHOWN = 14;
export const MAX_SLOTS_SHOWN = 60;

const dayField = z.string().trim().regex(/^\d{1,4}$/);

/** The filters of the "choose a time" page, as its GET form sends them. */
export const slotFiltersSchema = z.object({
  "from-day": dayField.optional(),
  "from-month": dayField.optional(),
  "from-year": dayField.optional(),
  "to-day": dayField.optional(),
  "to-month": dayField.optional(),
  "to-year": dayField.optional(),
  location: z.union([z.uuid(), z.literal("")]).optional(),
  mode: z.union([z.enum(MODES), z.literal("")]).optional(),
});

export type SlotFilters = { from: DayParts; to: DayParts; locationId?: string; mode?: (typeof MODES)[number] };
export type FilterErrors = Partial<Record<"from" | "to", string>>;

/**
 * Reads the filters, defaulting to the first two weeks patients may book.
 * Anything unreadable comes back as an error for that field, and the default
 * is used so the page still shows times.
 */
export function parseSlotFilters(query: Record<string, string | string[] | undefined>, earliest: Date): { filters: SlotFilters; errors: FilterErrors } {
  const flat = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = slotFiltersSchema.safeParse(flat);
  const raw = parsed.success ? parsed.data : {};
  const errors: FilterErrors = {};
  const defaultFrom = londonDayOf(earliest);
  const from = readDay(raw["from-day"], raw["from-month"], raw["from-year"], "from", errors) ?? defaultFrom;
  let to = readDay(raw["to-day"], raw["to-month"], raw["to-year"], "to", errors) ?? addDays(from, DEFAULT_DAYS_SHOWN - 1);
  if (londonDayStart(to).getTime() < londonDayStart(from).getTime()) {
    errors.to = "The end date must be the same as or after the start date";
    to = addDays(from, DEFAULT_DAYS_SHOWN - 1);
  }
  return { filters: { from, to, locationId: raw.location || undefined, mode: raw.mode || undefined }, errors };
}

function readDay(day: string | undefined, month: string | undefined, year: string | undefined, field: "from" | "to", errors: FilterErrors): DayParts | undefined {
  if (!day && !month && !year) return undefined;
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  if (!day || !month || !year || year.length !== 4 || !isRealDay(parts)) {
    errors[field] = `${field === "from" ? "Start" : "End"} date must be a real date, like 15 3 2026`;
    return undefined;
  }
  return parts;
}

/** The earliest a patient may book any of these types (the shortest notice). */
export function earliestBookable(types: Pick<BookableType, "minNoticeHours">[], now: Date): Date {
  const notice = Math.min(...types.map((t) => t.minNoticeHours));
  return earliestPatientStart({ minNoticeHours: Number.isFinite(notice) ? notice : 24 }, now);
}

/**
 * The free slots a patient may book themselves among `types`: each type within
 * its own notice and horizon, inside the chosen days, location and mode; soonest
 * first. One indexed query per type (appointmentTypeId, status, startsAt).
 */
export async function searchPatientSlots(
  client: DbClient,
  types: BookableType[],
  filters: SlotFilters,
  now: Date,
  limit = MAX_SLOTS_SHOWN,
): Promise<{ slots: FreeSlot[]; truncated: boolean }> {
  const dayFrom = londonDayStart(filters.from);
  const dayTo = londonDayStart(addDays(filters.to, 1));
  const searches = types
    .filter((type) => !filters.mode || type.mode === filters.mode)
    .map((type) => {
      const from = new Date(Math.max(earliestPatientStart(type, now).getTime(), dayFrom.getTime()));
      const to = new Date(Math.min(now.getTime() + type.maxHorizonDays * 86_400_000 + 1, dayTo.getTime()));
      if (to.getTime() <= from.getTime()) return Promise.resolve([] as FreeSlot[]);
      return findFreeSlots(client, { appointmentTypeId: type.id, locationId: filters.locationId, from, to, patientBookableOnly: true, limit: Math.min(limit + 1, 500) });
    });
  const merged = (await Promise.all(searches)).flat().sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  return { slots: merged.slice(0, limit), truncated: merged.length > limit };
}

/** Where a service runs clinics, for the location filter. */
export function serviceLocations(client: DbClient, serviceId: string) {
  return client.location.findMany({
    where: { clinics: { some: { serviceId, active: true } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
