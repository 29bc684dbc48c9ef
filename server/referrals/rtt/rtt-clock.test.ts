import { describe, expect, it } from "vitest";
import type { RttCode } from "./rtt-codes";
import { applyRttEvent, computeRttWait, deriveRttClock, missedAppointmentCode, NOT_STARTED, RttRuleError, type RttEventFact } from "./rtt-clock";

/** Noon UTC on a date: the same London day in summer and winter. */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const events = (...list: [RttCode, string][]): RttEventFact[] => list.map(([code, iso]) => ({ code, occurredAt: day(iso) }));

describe("deriveRttClock: the national rules, one row each", () => {
  const rows: { rule: string; events: RttEventFact[]; state: string; start: string | null; stop: string | null; code: string | null }[] = [
    { rule: "no events: no clock", events: [], state: "not-started", start: null, stop: null, code: null },
    { rule: "the clock starts when the referral is received", events: events(["10", "2026-01-05"]), state: "running", start: "2026-01-05", stop: null, code: "10" },
    {
      rule: "triage and appointments continue the clock",
      events: events(["10", "2026-01-05"], ["20", "2026-01-09"], ["20", "2026-02-02"]),
      state: "running", start: "2026-01-05", stop: null, code: "20",
    },
    {
      rule: "a redirect to another service keeps the original clock",
      events: events(["10", "2026-01-05"], ["20", "2026-01-09"], ["20", "2026-01-20"]),
      state: "running", start: "2026-01-05", stop: null, code: "20",
    },
    { rule: "first definitive treatment stops it (30)", events: events(["10", "2026-01-05"], ["30", "2026-03-02"]), state: "stopped", start: "2026-01-05", stop: "2026-03-02", code: "30" },
    { rule: "active monitoring chosen by the patient stops it (31)", events: events(["10", "2026-01-05"], ["31", "2026-02-02"]), state: "stopped", start: "2026-01-05", stop: "2026-02-02", code: "31" },
    { rule: "active monitoring by the clinician stops it (32)", events: events(["10", "2026-01-05"], ["32", "2026-02-02"]), state: "stopped", start: "2026-01-05", stop: "2026-02-02", code: "32" },
    { rule: "a decision not to treat stops it (34)", events: events(["10", "2026-01-05"], ["34", "2026-01-12"]), state: "stopped", start: "2026-01-05", stop: "2026-01-12", code: "34" },
    { rule: "the patient declining treatment stops it (35)", events: events(["10", "2026-01-05"], ["35", "2026-02-16"]), state: "stopped", start: "2026-01-05", stop: "2026-02-16", code: "35" },
    { rule: "the patient dying stops it (36)", events: events(["10", "2026-01-05"], ["36", "2026-02-16"]), state: "stopped", start: "2026-01-05", stop: "2026-02-16", code: "36" },
    {
      rule: "a clearly communicated DNA at the first appointment nullifies it (33)",
      events: events(["10", "2026-01-05"], ["20", "2026-01-08"], ["33", "2026-02-10"]),
      state: "nullified", start: "2026-01-05", stop: "2026-02-10", code: "33",
    },
    {
      rule: "after a nullified clock, a new clock starts when the patient comes back",
      events: events(["10", "2026-01-05"], ["33", "2026-02-10"], ["10", "2026-02-20"]),
      state: "running", start: "2026-02-20", stop: null, code: "10",
    },
    {
      rule: "active monitoring ending starts a new clock (11)",
      events: events(["10", "2026-01-05"], ["32", "2026-02-02"], ["91", "2026-03-02"], ["11", "2026-05-04"]),
      state: "running", start: "2026-05-04", stop: null, code: "11",
    },
    {
      rule: "a status outside RTT after treatment keeps the stop (90)",
      events: events(["10", "2026-01-05"], ["30", "2026-03-02"], ["90", "2026-04-01"]),
      state: "stopped", start: "2026-01-05", stop: "2026-03-02", code: "90",
    },
    {
      rule: "events are applied in the order they happened, not recorded",
      events: events(["30", "2026-03-02"], ["10", "2026-01-05"]),
      state: "stopped", start: "2026-01-05", stop: "2026-03-02", code: "30",
    },
  ];
  it.each(rows)("$rule", (row) => {
    const clock = deriveRttClock(row.events);
    expect(clock.state).toBe(row.state);
    expect(clock.startAt).toEqual(row.start ? day(row.start) : null);
    expect(clock.stopAt).toEqual(row.stop ? day(row.stop) : null);
    expect(clock.statusCode).toBe(row.code);
  });
});

describe("applyRttEvent refuses what the rules do not allow", () => {
  const running = deriveRttClock(events(["10", "2026-01-05"]));
  const treated = deriveRttClock(events(["10", "2026-01-05"], ["30", "2026-03-02"]));
  const rows: { rule: string; from: typeof running; event: RttEventFact; reason: RegExp }[] = [
    { rule: "no second start while running", from: running, event: { code: "10", occurredAt: day("2026-01-06") }, reason: /already running/ },
    { rule: "no stop before a start", from: NOT_STARTED, event: { code: "30", occurredAt: day("2026-01-06") }, reason: /not running/ },
    { rule: "no second stop", from: treated, event: { code: "34", occurredAt: day("2026-03-03") }, reason: /not running/ },
    { rule: "no continuing a stopped clock", from: treated, event: { code: "20", occurredAt: day("2026-03-03") }, reason: /not running/ },
    { rule: "no restart with 10 after treatment", from: treated, event: { code: "10", occurredAt: day("2026-03-03") }, reason: /only once/ },
    { rule: "11 only after active monitoring", from: treated, event: { code: "11", occurredAt: day("2026-03-03") }, reason: /active monitoring/ },
    { rule: "no nullifying a stopped clock", from: treated, event: { code: "33", occurredAt: day("2026-03-03") }, reason: /not running/ },
    { rule: "no outside-RTT status while running", from: running, event: { code: "98", occurredAt: day("2026-01-06") }, reason: /running/ },
    { rule: "no event dated before the last one", from: treated, event: { code: "90", occurredAt: day("2026-02-01") }, reason: /before the last status/ },
  ];
  it.each(rows)("$rule", ({ from, event, reason }) => {
    const result = applyRttEvent(from, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("deriveRttClock throws on an impossible history", () => {
    expect(() => deriveRttClock(events(["10", "2026-01-05"], ["30", "2026-02-01"], ["35", "2026-02-02"]))).toThrow(RttRuleError);
  });
});

describe("missedAppointmentCode: DNA nullifies only at a clearly communicated first appointment", () => {
  it.each([
    { firstAppointment: true, clearlyCommunicated: true, wasNotBrought: false, code: "33" },
    { firstAppointment: true, clearlyCommunicated: false, wasNotBrought: false, code: "20" },
    { firstAppointment: false, clearlyCommunicated: true, wasNotBrought: false, code: "20" },
    { firstAppointment: true, clearlyCommunicated: true, wasNotBrought: true, code: "20" },
  ])("first $firstAppointment, communicated $clearlyCommunicated, not brought $wasNotBrought → $code", ({ code, ...facts }) => {
    expect(missedAppointmentCode(facts)).toBe(code);
  });
});

describe("computeRttWait", () => {
  const started = (iso: string) => deriveRttClock(events(["10", iso]));
  it.each([
    { rule: "day of receipt is week 0", start: "2026-01-05", asOf: "2026-01-05", days: 0, weeks: 0, within: true, band: null },
    { rule: "6 days is still week 0", start: "2026-01-05", asOf: "2026-01-11", days: 6, weeks: 0, within: true, band: null },
    { rule: "17 weeks 6 days is within 18 weeks", start: "2026-01-05", asOf: "2026-05-10", days: 125, weeks: 17, within: true, band: null },
    { rule: "on the breach date the wait is 18 weeks: outside the standard", start: "2026-01-05", asOf: "2026-05-11", days: 126, weeks: 18, within: false, band: null },
    { rule: "51 weeks: no long-wait band yet", start: "2025-01-06", asOf: "2026-01-04", days: 363, weeks: 51, within: false, band: null },
    { rule: "52 weeks: the 52-week band", start: "2025-01-06", asOf: "2026-01-05", days: 364, weeks: 52, within: false, band: 52 },
    { rule: "65 weeks: the 65-week band", start: "2025-01-06", asOf: "2026-04-06", days: 455, weeks: 65, within: false, band: 65 },
    { rule: "78 weeks: the 78-week band", start: "2025-01-06", asOf: "2026-07-06", days: 546, weeks: 78, within: false, band: 78 },
    { rule: "104 weeks: the 104-week band", start: "2024-01-08", asOf: "2026-01-05", days: 728, weeks: 104, within: false, band: 104 },
  ])("$rule", ({ start, asOf, days, weeks, within, band }) => {
    const wait = computeRttWait(started(start), day(asOf));
    expect(wait).toMatchObject({ state: "running", daysWaited: days, weeksWaited: weeks, withinStandard: within, longWaitBand: band });
    expect(wait?.breachDate.toISOString()).toBe(new Date(Date.parse(`${start}T00:00:00Z`) + 126 * 86_400_000).toISOString());
  });

  it("a stopped clock counts to its stop, whenever it is asked", () => {
    const clock = deriveRttClock(events(["10", "2026-01-05"], ["30", "2026-03-02"]));
    const wait = computeRttWait(clock, day("2027-01-01"));
    expect(wait).toMatchObject({ state: "stopped", daysWaited: 56, weeksWaited: 8, withinStandard: true });
  });

  it("no pauses: a patient asking to wait longer does not stop the count", () => {
    // The patient asked to defer (recorded as activity, 20); the clock runs on regardless.
    const clock = deriveRttClock(events(["10", "2026-01-05"], ["20", "2026-02-02"]));
    expect(computeRttWait(clock, day("2026-06-01"))?.weeksWaited).toBe(21);
  });

  it("a nullified clock and a clock not started count no wait", () => {
    expect(computeRttWait(deriveRttClock(events(["10", "2026-01-05"], ["33", "2026-02-10"])), day("2026-06-01"))).toBeNull();
    expect(computeRttWait(NOT_STARTED, day("2026-06-01"))).toBeNull();
  });

  it("counts London calendar days across the March and October clock changes", () => {
    // Clocks go forward at 01:00 GMT on 29 March 2026: the 23-hour day still counts as one.
    const spring = computeRttWait(started("2026-03-20"), new Date("2026-04-03T07:00:00Z"));
    expect(spring?.daysWaited).toBe(14);
    // Received at 23:30 London time in summer (22:30 UTC): that is still the same London day.
    const lateEvening = deriveRttClock([{ code: "10", occurredAt: new Date("2026-10-20T22:30:00Z") }]);
    const autumn = computeRttWait(lateEvening, new Date("2026-11-03T23:30:00Z"));
    expect(autumn?.daysWaited).toBe(14);
    expect(autumn?.breachDate.toISOString()).toBe("2027-02-23T00:00:00.000Z");
  });
});
