import type { ReferralStatus } from "../../platform/db/generated/enums";

/**
 * Referral statuses that end the pathway: nothing can be booked against them. The
 * database holds the same list (function appointment_referral_open, migration
 * pathway_next_step); keep the two in step.
 */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ["REJECTED", "ADVICE_AND_GUIDANCE", "DISCHARGED", "CLOSED"];

export function isReferralClosed(status: ReferralStatus): boolean {
  return CLOSED_REFERRAL_STATUSES.includes(status);
}
