import { z } from "zod";
import { WAIT_BAND_KEYS } from "./bands";

/**
 * The waiting list's filters, read from the page's query string (and the CSV
 * export's, which takes the same). Unknown or malformed values are dropped
 * rather than refused: a filter link that no longer fits shows the whole list.
 * Client-safe.
 */
export const PRIORITIES = ["TWO_WEEK_WAIT", "URGENT", "ROUTINE"] as const;
export type ListPriority = (typeof PRIORITIES)[number];

export const priorityLabel: Record<ListPriority, string> = { TWO_WEEK_WAIT: "Two week wait", URGENT: "Urgent", ROUTINE: "Routine" };

export const VALIDATION_FILTERS = ["never", "due", "in-progress", "validated"] as const;
export type ValidationFilter = (typeof VALIDATION_FILTERS)[number];
export const validationFilterLabel: Record<ValidationFilter, string> = {
  never: "Never validated",
  due: "Due for validation",
  "in-progress": "Validation in progress",
  validated: "Validated in the last 12 weeks",
};

const yesNo = z.enum(["yes", "no"]);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional().catch(undefined));

export const waitingListFilterSchema = z.object({
  serviceId: lenient(z.uuid()),
  priority: lenient(z.enum(PRIORITIES)),
  kind: lenient(z.enum(["NEW", "FOLLOW_UP"])),
  band: lenient(z.enum(WAIT_BAND_KEYS)),
  overdue: lenient(z.literal("yes")),
  validation: lenient(z.enum(VALIDATION_FILTERS)),
  needs: lenient(z.literal("yes")),
  booked: lenient(yesNo),
  invited: lenient(yesNo),
  pifu: lenient(yesNo),
});

export type WaitingListFilters = z.infer<typeof waitingListFilterSchema>;

export const FILTER_KEYS = Object.keys(waitingListFilterSchema.shape) as (keyof WaitingListFilters)[];

/** The filters as query-string pairs (for links that keep them). */
export function filterParams(filters: WaitingListFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params[key] = value;
  }
  return params;
}

/** NHS England: validate after 12 weeks' wait, and again every 12 weeks. */
export const VALIDATION_INTERVAL_WEEKS = 12;
