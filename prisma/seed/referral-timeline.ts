import type { ReferralStatus } from "../../server/platform/db/generated/enums";
import { addMinutes, workingInstant } from "./dates";
import type { Random } from "./random";

/**
 * When things happened on a referral in a given status, and its RTT clock.
 * Clock rules (DOMAIN.md): starts at receipt (10), continues through triage (20),
 * stops at first definitive treatment (30), a DNA at the first appointment (33), a
 * decision not to treat (34) or the patient declining (35). No pauses.
 */
export interface RttEventDraft {
  code: string;
  occurredAt: Date;
  note: string;
}

export interface ReferralTimeline {
  receivedAt: Date;
  triagedAt: Date | null;
  /** First appointment, DNA or closure: when the clock stopped after triage. */
  outcomeAt: Date | null;
  rttStatusCode: string;
  rttClockStopAt: Date | null;
  events: RttEventDraft[];
}

export interface TimelineOptions {
  receivedDaysAgo?: number;
  stopCode?: "30" | "33" | "34" | "35";
}

/** How long ago (in days) a referral in each status was received. */
const RECEIVED_DAYS_AGO: Record<ReferralStatus, (r: Random) => number> = {
  AWAITING_TRIAGE: (r) => (r.chance(0.75) ? r.int(1, 7) : r.int(8, 21)),
  // A waiting list with a long tail: most within 18 weeks, a few past 52.
  ACCEPTED: (r) => weeksToDays(r, r.weighted<[number, number]>([[[1, 18], 55], [[18, 40], 30], [[40, 52], 12], [[52, 60], 3]])),
  BOOKED: (r) => r.int(20, 280),
  REJECTED: (r) => r.int(5, 420),
  REDIRECTED: (r) => r.int(5, 300),
  ADVICE_AND_GUIDANCE: (r) => r.int(5, 420),
  SEEN: (r) => r.int(30, 300),
  ON_PIFU: (r) => r.int(40, 300),
  DISCHARGED: (r) => r.int(80, 420),
  CLOSED: (r) => r.int(40, 420),
};

const STOP_NOTES = {
  "30": "First definitive treatment",
  "33": "Did not attend the first appointment; discharged back to the referrer",
  "34": "Decision not to treat",
  "35": "Patient declined treatment",
} as const;

export function referralTimeline(random: Random, status: ReferralStatus, anchor: Date, options: TimelineOptions = {}): ReferralTimeline {
  const receivedDaysAgo = Math.max(options.receivedDaysAgo ?? RECEIVED_DAYS_AGO[status](random), 1);
  const receivedAt = workingInstant(anchor, receivedDaysAgo, workingMinute(random));
  const events: RttEventDraft[] = [{ code: "10", occurredAt: receivedAt, note: "Referral received" }];
  if (status === "AWAITING_TRIAGE") {
    return { receivedAt, triagedAt: null, outcomeAt: null, rttStatusCode: "10", rttClockStopAt: null, events };
  }

  const triageDaysAgo = Math.max(receivedDaysAgo - random.int(1, 10), 1);
  const triagedAt = later(receivedAt, workingInstant(anchor, triageDaysAgo, workingMinute(random)));
  const stop = (code: keyof typeof STOP_NOTES, at: Date, note: string = STOP_NOTES[code]): ReferralTimeline => ({
    receivedAt,
    triagedAt,
    outcomeAt: at === triagedAt ? null : at,
    rttStatusCode: code,
    rttClockStopAt: at,
    events: [...events, ...(at === triagedAt ? [] : [{ code: "20", occurredAt: triagedAt, note: "Accepted at triage" }]), { code, occurredAt: at, note }],
  });

  switch (status) {
    case "ACCEPTED":
    case "BOOKED":
    case "REDIRECTED":
      events.push({ code: "20", occurredAt: triagedAt, note: status === "REDIRECTED" ? "Redirected to another service at triage" : "Accepted at triage" });
      return { receivedAt, triagedAt, outcomeAt: null, rttStatusCode: "20", rttClockStopAt: null, events };
    case "REJECTED":
      return stop("34", triagedAt, "Returned to the referrer at triage");
    case "ADVICE_AND_GUIDANCE":
      return stop("34", triagedAt, "Advice and guidance given to the referrer instead of an appointment");
    case "CLOSED": {
      const closedAt = later(triagedAt, workingInstant(anchor, random.int(1, Math.max(triageDaysAgo - 1, 1)), workingMinute(random)));
      const code = options.stopCode ?? random.weighted<"34" | "35">([["35", 75], ["34", 25]]);
      return stop(code, closedAt, code === "34" ? "Removed after waiting-list validation: no longer needed, agreed with the patient" : STOP_NOTES["35"]);
    }
    default: {
      // SEEN, ON_PIFU, DISCHARGED: the first appointment came after a wait.
      const waitDays = Math.min(random.int(14, 182), triageDaysAgo - 1);
      const seenAt = later(triagedAt, workingInstant(anchor, Math.max(triageDaysAgo - waitDays, 1), workingMinute(random)));
      const code = status === "DISCHARGED" ? (options.stopCode ?? random.weighted<"30" | "33" | "34">([["30", 75], ["33", 15], ["34", 10]])) : "30";
      return stop(code, seenAt);
    }
  }
}

function weeksToDays(random: Random, [fromWeeks, toWeeks]: [number, number]): number {
  return Math.max(random.int(fromWeeks * 7, toWeeks * 7), 5);
}

/** 08:00 to 17:30, in 5-minute steps. */
function workingMinute(random: Random): number {
  return 8 * 60 + random.int(0, 114) * 5;
}

/** Keeps a timeline in order when two steps fall on the same working day. */
function later(previous: Date, candidate: Date): Date {
  return candidate.getTime() > previous.getTime() ? candidate : addMinutes(previous, 90);
}
