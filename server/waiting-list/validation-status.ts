import { VALIDATION_INTERVAL_WEEKS } from "./list-filters";
import { weeksAfter } from "./bands";

export type ValidationStatus = "in-progress" | "validated" | "due" | "not-due";

export const validationStatusLabel: Record<ValidationStatus, string> = {
  "in-progress": "In progress",
  validated: "Validated",
  due: "Due",
  "not-due": "Not yet due",
};

type Facts = { waitingSince: Date; lastValidatedAt: Date | null; validationSentAt: Date | null };

/**
 * Where an entry stands in validation (NHS England: everyone waiting over 12
 * weeks, then again every 12 weeks). The SQL filters in open-entries-sql.ts say
 * the same thing; a test keeps them together.
 */
export function validationStatus(entry: Facts, now: Date): ValidationStatus {
  if (entry.validationSentAt && (!entry.lastValidatedAt || entry.validationSentAt > entry.lastValidatedAt)) return "in-progress";
  const recent = weeksAfter(now, -VALIDATION_INTERVAL_WEEKS);
  if (entry.lastValidatedAt && entry.lastValidatedAt >= recent) return "validated";
  return entry.waitingSince <= recent ? "due" : "not-due";
}
