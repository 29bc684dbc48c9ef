import type { ReferralPriority, ReferralSource, ReferralStatus, SurgicalPriority } from "../platform/db/generated/enums";

/** How staff screens name referral fields (patients see status-labels.ts instead). */
export const staffStatusLabel: Record<ReferralStatus, string> = {
  AWAITING_TRIAGE: "Awaiting triage",
  ACCEPTED: "Accepted, waiting",
  REJECTED: "Rejected",
  REDIRECTED: "Redirected, awaiting triage",
  ADVICE_AND_GUIDANCE: "Advice and guidance",
  BOOKED: "Booked",
  SEEN: "Seen",
  ON_PIFU: "On PIFU",
  DISCHARGED: "Discharged",
  CLOSED: "Closed",
};

export const priorityLabel: Record<ReferralPriority, string> = { ROUTINE: "Routine", URGENT: "Urgent", TWO_WEEK_WAIT: "Two-week wait" };

export const surgicalPriorityLabel: Record<SurgicalPriority, string> = {
  P1A: "P1a (within 24 hours)",
  P1B: "P1b (within 72 hours)",
  P2: "P2 (within 4 weeks)",
  P3: "P3 (within 12 weeks)",
  P4: "P4 (over 12 weeks)",
  P5: "P5 (patient chose to defer, COVID)",
  P6: "P6 (patient chose to defer)",
};

export const sourceLabel: Record<ReferralSource, string> = {
  GP: "GP",
  E_REFERRAL_SERVICE: "e-Referral Service",
  SELF: "Self-referral",
  CONSULTANT: "Consultant",
  OTHER_TRUST: "Another trust",
  OTHER: "Other",
};
