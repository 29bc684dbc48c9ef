import { describe, expect, it } from "vitest";
import { describeWaitEstimate, estimateRemainingWait } from "./wait-estimate";

describe("estimateRemainingWait", () => {
  it.each([
    { name: "10 ahead, 2 a week", ahead: 10, booked: 24, low: 4, high: 7, words: "about 4 to 7 weeks" },
    { name: "next in line at a busy service", ahead: 0, booked: 120, low: 0, high: 1, words: "less than 1 week" },
    { name: "3 ahead, 1 a week", ahead: 3, booked: 12, low: 3, high: 5, words: "about 3 to 5 weeks" },
    { name: "a very long list", ahead: 400, booked: 60, low: 60, high: 101, words: "more than a year" },
  ])("$name → $words", ({ ahead, booked, low, high, words }) => {
    const estimate = estimateRemainingWait({ patientsAhead: ahead, bookingsInWindow: booked });
    expect(estimate).toMatchObject({ kind: "estimate", weeksLow: low, weeksHigh: high, patientsAhead: ahead });
    if (estimate.kind === "estimate") expect(describeWaitEstimate(estimate)).toBe(words);
  });

  it("says there is too little data rather than guessing from a handful of bookings", () => {
    expect(estimateRemainingWait({ patientsAhead: 5, bookingsInWindow: 11 })).toEqual({ kind: "not-enough-data", patientsAhead: 5 });
    expect(estimateRemainingWait({ patientsAhead: 0, bookingsInWindow: 0 })).toEqual({ kind: "not-enough-data", patientsAhead: 0 });
  });

  it("a range is always at least a week wide", () => {
    const estimate = estimateRemainingWait({ patientsAhead: 1, bookingsInWindow: 12 });
    expect(estimate.kind === "estimate" && estimate.weeksHigh - estimate.weeksLow).toBeGreaterThanOrEqual(1);
  });
});
