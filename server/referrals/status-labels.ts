import type { ReferralStatus } from "../platform/db/generated/enums";

/** Plain-English referral states, as a patient would say them. */
export const referralStatusLabel: Record<ReferralStatus, string> = {
  AWAITING_TRIAGE: "Being reviewed",
  ACCEPTED: "Accepted and waiting",
  REJECTED: "Returned to your referrer",
  REDIRECTED: "Passed to another service",
  ADVICE_AND_GUIDANCE: "Advice given to your referrer",
  BOOKED: "Appointment booked",
  SEEN: "Seen",
  ON_PIFU: "Patient-initiated follow-up",
  DISCHARGED: "Discharged",
  CLOSED: "Closed",
};

export const referralStatusColour: Record<ReferralStatus, "blue" | "green" | "grey" | "yellow" | "purple" | "white"> = {
  AWAITING_TRIAGE: "yellow",
  ACCEPTED: "blue",
  REJECTED: "grey",
  REDIRECTED: "grey",
  ADVICE_AND_GUIDANCE: "grey",
  BOOKED: "green",
  SEEN: "green",
  ON_PIFU: "purple",
  DISCHARGED: "white",
  CLOSED: "white",
};
