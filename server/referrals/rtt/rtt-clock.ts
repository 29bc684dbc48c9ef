import { format } from "date-fns";
import { DomainError } from "../../platform/errors/domain-error";
import { inLondon } from "../../platform/time/london";
import { RTT_CODES, type RttCode } from "./rtt-codes";

/**
 * The RTT clock of one pathway, derived only from its recorded status events
 * (DOMAIN.md; NHS England RTT rules suite):
 * - it starts when the referral is received (10), or again after active
 *   monitoring ends (11) or for a new condition (12);
 * - it stops at first definitive treatment (30), active monitoring (31/32), a
 *   decision not to treat (34, also discharge back to the referrer), the patient
 *   declining (35) or dying (36);
 * - a DNA at the first appointment that was clearly communicated nullifies it
 *   (33): that wait does not count, and a new clock starts (10) if the patient
 *   comes back;
 * - there are no pauses: nothing the patient asks for stops the count except the
 *   stops above.
 */
export type RttClockState = "not-started" | "running" | "stopped" | "nullified";

export type RttClock = {
  state: RttClockState;
  startAt: Date | null;
  stopAt: Date | null;
  /** The latest status code recorded, as reported nationally. */
  statusCode: RttCode | null;
  /** The code that stopped the clock, while it is stopped (outside-RTT codes may follow it). */
  stopCode: RttCode | null;
  lastEventAt: Date | null;
};

export type RttEventFact = { code: RttCode; occurredAt: Date };

export const NOT_STARTED: RttClock = { state: "not-started", startAt: null, stopAt: null, statusCode: null, stopCode: null, lastEventAt: null };

export type RttRuleResult = { ok: true; clock: RttClock } | { ok: false; reason: string };

/** Applies one event to a clock, or says (in words staff understand) why it cannot be applied. */
export function applyRttEvent(clock: RttClock, event: RttEventFact): RttRuleResult {
  const { code, occurredAt } = event;
  if (clock.lastEventAt && occurredAt.getTime() < clock.lastEventAt.getTime()) {
    return { ok: false, reason: "This date is before the last status recorded on the pathway." };
  }
  const effect = RTT_CODES[code].effect;
  const next = { ...clock, statusCode: code, lastEventAt: occurredAt };
  switch (effect) {
    case "start": {
      const allowed =
        code === "10" ? clock.state === "not-started" || clock.state === "nullified"
        : code === "11" ? clock.state === "stopped" && (clock.stopCode === "31" || clock.stopCode === "32")
        : clock.state === "stopped" || clock.state === "nullified";
      if (!allowed) return { ok: false, reason: startRefusal(code, clock) };
      return { ok: true, clock: { ...next, state: "running", startAt: occurredAt, stopAt: null, stopCode: null } };
    }
    case "continue":
      if (clock.state !== "running") return { ok: false, reason: "The clock is not running, so it cannot continue." };
      return { ok: true, clock: next };
    case "stop":
      if (clock.state !== "running") return { ok: false, reason: "The clock is not running, so it cannot be stopped." };
      return { ok: true, clock: { ...next, state: "stopped", stopAt: occurredAt, stopCode: code } };
    case "nullify":
      if (clock.state !== "running") return { ok: false, reason: "The clock is not running, so it cannot be nullified." };
      return { ok: true, clock: { ...next, state: "nullified", stopAt: occurredAt, stopCode: code } };
    case "outside": {
      if (clock.state === "running") return { ok: false, reason: "The clock is running: stop it before recording a status outside RTT." };
      if (code === "90" && clock.stopCode !== "30") return { ok: false, reason: "Status 90 follows first definitive treatment (30) only." };
      if (code === "91" && clock.stopCode !== "31" && clock.stopCode !== "32") {
        return { ok: false, reason: "Status 91 follows the start of active monitoring (31 or 32) only." };
      }
      return { ok: true, clock: next };
    }
  }
}

function startRefusal(code: RttCode, clock: RttClock): string {
  if (clock.state === "running") return "The clock is already running.";
  if (code === "10") return "A pathway's clock starts with 10 only once, or again after a nullified clock.";
  if (code === "11") return "Status 11 starts a new clock only after active monitoring (31 or 32).";
  return "Status 12 starts a new clock only after the previous one stopped.";
}

export class RttRuleError extends DomainError {
  readonly code = "RTT_RULE";
  constructor(readonly reason: string) {
    super(reason);
    this.name = "RttRuleError";
  }
}

/** The clock after all of a pathway's events, in the order they happened. */
export function deriveRttClock(events: readonly RttEventFact[]): RttClock {
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  let clock = NOT_STARTED;
  for (const event of ordered) {
    const result = applyRttEvent(clock, event);
    if (!result.ok) throw new RttRuleError(result.reason);
    clock = result.clock;
  }
  return clock;
}

/**
 * Whether a missed first appointment nullifies the clock (33) or the clock simply
 * continues (20). Only a DNA at the first appointment that the patient was
 * clearly told about nullifies; a child who was not brought never does (that is a
 * safeguarding matter for a clinician, not a reason to restart their wait).
 */
export function missedAppointmentCode(facts: { firstAppointment: boolean; clearlyCommunicated: boolean; wasNotBrought: boolean }): "33" | "20" {
  return facts.firstAppointment && facts.clearlyCommunicated && !facts.wasNotBrought ? "33" : "20";
}

export const RTT_STANDARD_WEEKS = 18;
export const LONG_WAIT_BANDS = [52, 65, 78, 104] as const;
export type LongWaitBand = (typeof LONG_WAIT_BANDS)[number];

export type RttWait = {
  state: "running" | "stopped";
  startAt: Date;
  /** Clock stop, or the moment asked about while it runs. */
  endAt: Date;
  daysWaited: number;
  /** Completed weeks, as reported nationally. */
  weeksWaited: number;
  /** The (London) day the wait reaches 18 weeks, as a calendar date at UTC midnight. */
  breachDate: Date;
  /** Under 18 completed weeks (at the stop, or so far). */
  withinStandard: boolean;
  /** The highest long-wait band reached (52, 65, 78 or 104 weeks), if any. */
  longWaitBand: LongWaitBand | null;
};

/**
 * How long the patient has waited on this clock, counted in London calendar
 * days so a clock change never adds or loses a day. Null when no wait counts
 * (no clock yet, or a nullified one).
 */
export function computeRttWait(clock: RttClock, asOf: Date): RttWait | null {
  if (!clock.startAt || (clock.state !== "running" && clock.state !== "stopped")) return null;
  const endAt = clock.state === "stopped" && clock.stopAt ? clock.stopAt : asOf;
  const startDay = londonDayNumber(clock.startAt);
  const daysWaited = Math.max(0, londonDayNumber(endAt) - startDay);
  const weeksWaited = Math.floor(daysWaited / 7);
  const longWaitBand = [...LONG_WAIT_BANDS].reverse().find((band) => weeksWaited >= band) ?? null;
  return {
    state: clock.state,
    startAt: clock.startAt,
    endAt,
    daysWaited,
    weeksWaited,
    breachDate: new Date((startDay + RTT_STANDARD_WEEKS * 7) * 86_400_000),
    withinStandard: weeksWaited < RTT_STANDARD_WEEKS,
    longWaitBand,
  };
}

/** Days since 1970-01-01 of the London calendar day of an instant. */
function londonDayNumber(instant: Date): number {
  const [y, m, d] = format(inLondon(instant), "yyyy-MM-dd").split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The clock as kept on the referral row (always in step with its events; see record-rtt-event.ts). */
export function clockFromReferral(r: { rttClockStartAt: Date | null; rttClockStopAt: Date | null; rttStatusCode: string | null }): RttClock {
  const statusCode = r.rttStatusCode && Object.hasOwn(RTT_CODES, r.rttStatusCode) ? (r.rttStatusCode as RttCode) : null;
  if (!r.rttClockStartAt) return { ...NOT_STARTED, statusCode };
  const state: RttClockState = statusCode === "33" ? "nullified" : r.rttClockStopAt ? "stopped" : "running";
  return { state, startAt: r.rttClockStartAt, stopAt: r.rttClockStopAt, statusCode, stopCode: state === "running" ? null : statusCode, lastEventAt: null };
}
