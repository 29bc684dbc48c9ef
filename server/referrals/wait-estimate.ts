/**
 * An honest estimate of how much longer a patient on a service's new-patient
 * waiting list will wait to be booked: the people ahead of them (higher priority,
 * or the same priority and waiting longer: treat in turn) divided by how many new
 * appointments the service has booked a week recently, given as a range. With too
 * few recent bookings to go on, it says so instead of guessing.
 */
export const ESTIMATE_WINDOW_WEEKS = 12;
/** Fewer bookings than this in the window make a rate too shaky to tell a patient. */
export const MIN_BOOKINGS_FOR_ESTIMATE = 12;

export type WaitEstimate =
  | { kind: "estimate"; weeksLow: number; weeksHigh: number; patientsAhead: number; bookingsPerWeek: number }
  | { kind: "not-enough-data"; patientsAhead: number };

export function estimateRemainingWait(facts: { patientsAhead: number; bookingsInWindow: number; windowWeeks?: number }): WaitEstimate {
  const windowWeeks = facts.windowWeeks ?? ESTIMATE_WINDOW_WEEKS;
  if (facts.bookingsInWindow < MIN_BOOKINGS_FOR_ESTIMATE) return { kind: "not-enough-data", patientsAhead: facts.patientsAhead };
  const bookingsPerWeek = facts.bookingsInWindow / windowWeeks;
  // The patient is booked when everyone ahead of them, and then they, have been.
  const weeks = (facts.patientsAhead + 1) / bookingsPerWeek;
  const weeksLow = Math.max(0, Math.floor(weeks * 0.75));
  const weeksHigh = Math.max(1, Math.ceil(weeks * 1.25), weeksLow + 1);
  return { kind: "estimate", weeksLow, weeksHigh, patientsAhead: facts.patientsAhead, bookingsPerWeek: Math.round(bookingsPerWeek * 10) / 10 };
}

/** "about 3 to 5 weeks", "less than 2 weeks", "more than a year". */
export function describeWaitEstimate(estimate: Extract<WaitEstimate, { kind: "estimate" }>): string {
  if (estimate.weeksLow >= 52) return "more than a year";
  if (estimate.weeksLow === 0) return `less than ${weeks(estimate.weeksHigh)}`;
  return `about ${estimate.weeksLow} to ${weeks(estimate.weeksHigh)}`;
}

function weeks(n: number): string {
  return n === 1 ? "1 week" : `${n} weeks`;
}
