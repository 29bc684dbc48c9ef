import type { AppointmentOutcome } from "../../platform/db/generated/enums";

const labels: Record<AppointmentOutcome, string> = {
  DISCHARGED: "Discharged",
  FOLLOW_UP: "Follow-up appointment",
  PATIENT_INITIATED_FOLLOW_UP: "Patient-initiated follow-up",
  ADDED_TO_TREATMENT_LIST: "Added to treatment list",
  REFERRED_ELSEWHERE: "Referred elsewhere",
};

export function outcomeLabel(outcome: AppointmentOutcome): string {
  return labels[outcome];
}

/** "Follow-up appointment in 6 weeks" when the weeks are known. */
export function describeOutcome(outcome: AppointmentOutcome, followUpWeeks?: number | null): string {
  if (outcome === "FOLLOW_UP" && followUpWeeks) return `Follow-up appointment in ${followUpWeeks} ${followUpWeeks === 1 ? "week" : "weeks"}`;
  return labels[outcome];
}
