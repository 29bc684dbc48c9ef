import type { AppointmentKind, AppointmentOutcome } from "../../platform/db/generated/enums";
import type { RttClock } from "../../referrals/rtt/rtt-clock";
import { RTT_CODES, type RttCode } from "../../referrals/rtt/rtt-codes";

export type OutcomeRttProposal = {
  /** The status the national rules imply, or null when the clock is not running (nothing to record). */
  proposed: RttCode | null;
  /** What the clinician may choose instead (the proposal first). */
  choices: RttCode[];
  /** Why, in a sentence for the form. */
  why: string;
};

type Row = { proposed: RttCode; choices: RttCode[]; why: string };

/**
 * The RTT status each outcome implies while the clock runs, for a first (NEW) and a
 * follow-up appointment (DOMAIN.md; NHS England RTT rules suite):
 * - discharge after a follow-up means care (treatment) was given: 30; after a first
 *   appointment usually no treatment was needed: 34 (decision not to treat);
 * - a follow-up keeps the clock running (20) unless treatment started (30) or the
 *   patient goes onto active monitoring (31/32);
 * - patient-initiated follow-up follows treatment (30) or is active monitoring (32);
 * - adding to a treatment list is a decision to treat: the clock runs on (20) until treatment;
 * - referring elsewhere transfers the clock (21), or ends it here (34).
 */
const TABLE: Record<AppointmentOutcome, Record<AppointmentKind, Row>> = {
  DISCHARGED: {
    NEW: { proposed: "34", choices: ["34", "30"], why: "Discharged at the first appointment: usually a decision not to treat (34). Choose 30 if treatment was given." },
    FOLLOW_UP: { proposed: "30", choices: ["30", "34"], why: "Discharged after follow-up: treatment was given (30). Choose 34 if it was a decision not to treat." },
  },
  FOLLOW_UP: {
    NEW: { proposed: "20", choices: ["20", "30", "31", "32"], why: "Still being assessed: the clock continues (20). Choose 30 if treatment started today." },
    FOLLOW_UP: { proposed: "20", choices: ["20", "30", "31", "32"], why: "Still waiting for treatment: the clock continues (20). Choose 30 if treatment started." },
  },
  PATIENT_INITIATED_FOLLOW_UP: {
    NEW: { proposed: "30", choices: ["30", "32", "31"], why: "Patient-initiated follow-up after treatment or advice given today stops the clock (30); 32 if it is active monitoring." },
    FOLLOW_UP: { proposed: "30", choices: ["30", "32", "31"], why: "Patient-initiated follow-up after treatment stops the clock (30); 32 if it is active monitoring." },
  },
  ADDED_TO_TREATMENT_LIST: {
    NEW: { proposed: "20", choices: ["20"], why: "A decision to treat: the clock runs on (20) until the treatment." },
    FOLLOW_UP: { proposed: "20", choices: ["20"], why: "A decision to treat: the clock runs on (20) until the treatment." },
  },
  REFERRED_ELSEWHERE: {
    NEW: { proposed: "21", choices: ["21", "34"], why: "Transferred to another provider: the clock continues there (21). Choose 34 if no treatment is needed here or there." },
    FOLLOW_UP: { proposed: "21", choices: ["21", "34", "30"], why: "Transferred to another provider: the clock continues there (21)." },
  },
};

export const NO_RTT_CHANGE = "NONE";

/** The RTT status to propose on the outcome form, and the alternatives allowed. */
export function proposeOutcomeRtt(outcome: AppointmentOutcome, kind: AppointmentKind, clock: Pick<RttClock, "state" | "statusCode">): OutcomeRttProposal {
  if (clock.state !== "running") {
    const why =
      clock.state === "not-started" ? "This pathway has no RTT clock, so there is no RTT status to record."
      : clock.state === "nullified" ? "The clock was nullified after a missed first appointment: no RTT status to record."
      : `The clock has already stopped (${clock.statusCode ?? "no status"}): no RTT status to record.`;
    return { proposed: null, choices: [], why };
  }
  return { ...TABLE[outcome][kind] };
}

export function rttChoiceLabel(code: RttCode): string {
  return `${code}: ${RTT_CODES[code].label}`;
}
