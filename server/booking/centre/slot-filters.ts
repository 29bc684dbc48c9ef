import { addDays, startOfDay } from "date-fns";
import { z } from "zod";
import { findFreeSlots, type FreeSlot } from "../core/find-slots";
import type { DbClient } from "../../platform/db/client";
import { dayKey, londonMidnight } from "../../scheduling/diary/diary-schema";
import { inLondon } from "../../platform/time/london";

/** How far ahead the booking screens search unless told otherwise: six weeks. */
export const DEFAULT_SEARCH_DAYS = 42;
/** At most this many free times are listed; narrower filters find the rest. */
export const SLOT_LIST_LIMIT = 100;

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()).catch(undefined);
const optionalDay = z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a real date" }).optional());

/**
 * The filters above a list of free slots, read from the page's query string (the
 * filter form is a GET form, so results can be bookmarked and work without
 * JavaScript). Dates are London days, both ends included.
 */
export const slotFiltersSchema = z
  .object({
    serviceId: optionalId,
    appointmentTypeId: optionalId,
    mode: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["IN_PERSON", "TELEPHONE", "VIDEO"]).optional()).catch(undefined),
    locationId: optionalId,
    from: optionalDay,
    to: optionalDay,
  })
  .refine((f) => !f.from || dayKey(londonMidnight(f.from)) === f.from, { message: "The start date must be a real date", path: ["from"] })
  .refine((f) => !f.to || dayKey(londonMidnight(f.to)) === f.to, { message: "The end date must be a real date", path: ["to"] })
  .refine((f) => !f.from || !f.to || f.to >= f.from, { message: "The end date must be the same as or after the start date", path: ["to"] });

export type SlotFilters = z.output<typeof slotFiltersSchema>;

export type SlotSearch = {
  filters: SlotFilters & { from: string; to: string };
  errors: Record<string, string>;
  slots: FreeSlot[];
  /** More free slots matched than are listed. */
  truncated: boolean;
};

/**
 * Free slots matching the filters, searched with the booking core's findFreeSlots
 * (staff see every free slot, whether or not patients may book it online). Invalid
 * filters are reported and the default six weeks from today searched instead.
 */
export async function searchSlots(client: DbClient, params: Record<string, string | string[] | undefined>, defaults: { serviceId?: string; appointmentTypeId?: string }, now = new Date()): Promise<SlotSearch> {
  const raw = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = slotFiltersSchema.safeParse(raw);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  // Invalid filters are shown as errors and searched as if not given (bad dates fall back to the defaults).
  const given = parsed.success ? parsed.data : slotFiltersSchema.parse({ ...raw, from: undefined, to: undefined });
  const from = given.from ?? dayKey(now);
  const to = given.to ?? dayKey(addDays(startOfDay(inLondon(now)), DEFAULT_SEARCH_DAYS - 1));
  // A filter left as "Any" is in the query string as empty: only a missing one takes the default.
  const filters = {
    serviceId: "serviceId" in raw ? given.serviceId : defaults.serviceId,
    appointmentTypeId: "appointmentTypeId" in raw ? given.appointmentTypeId : defaults.appointmentTypeId,
    mode: given.mode,
    locationId: given.locationId,
    from,
    to,
  };
  const start = new Date(Math.max(londonMidnight(from).getTime(), now.getTime()));
  const end = addDays(londonMidnight(to), 1);
  const slots =
    end > start
      ? await findFreeSlots(client, {
          serviceId: filters.serviceId,
          appointmentTypeId: filters.appointmentTypeId,
          mode: filters.mode,
          locationId: filters.locationId,
          from: start,
          to: end,
          limit: SLOT_LIST_LIMIT + 1,
        })
      : [];
  return { filters, errors, slots: slots.slice(0, SLOT_LIST_LIMIT), truncated: slots.length > SLOT_LIST_LIMIT };
}

/** The choices in the filter form: services, and the appointment types and locations of the chosen service. */
export async function loadSlotFilterOptions(client: DbClient, serviceId: string | undefined) {
  const [services, appointmentTypes, locations] = await Promise.all([
    client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    serviceId
      ? client.appointmentType.findMany({ where: { serviceId, active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true } })
      : Promise.resolve([]),
    client.location.findMany({
      where: serviceId ? { clinics: { some: { serviceId, active: true } } } : {},
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { services, appointmentTypes, locations };
}
