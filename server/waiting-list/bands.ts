/**
 * Weeks-waited bands watched nationally (DOMAIN.md: 18 weeks, then 52/65/78/104).
 * Weeks waited are whole weeks since the wait began, counted from the instant:
 * a patient is in band [from, to) when from ≤ weeks < to. Client-safe.
 */
export const WAIT_BANDS = [
  { key: "0-18", label: "0 to 18 weeks", fromWeeks: 0, toWeeks: 18 },
  { key: "18-52", label: "18 to 52 weeks", fromWeeks: 18, toWeeks: 52 },
  { key: "52-65", label: "52 to 65 weeks", fromWeeks: 52, toWeeks: 65 },
  { key: "65-78", label: "65 to 78 weeks", fromWeeks: 65, toWeeks: 78 },
  { key: "78-104", label: "78 to 104 weeks", fromWeeks: 78, toWeeks: 104 },
  { key: "104+", label: "104 weeks or more", fromWeeks: 104, toWeeks: null },
] as const;

export type WaitBand = (typeof WAIT_BANDS)[number];
export type WaitBandKey = WaitBand["key"];
export const WAIT_BAND_KEYS = WAIT_BANDS.map((band) => band.key) as [WaitBandKey, ...WaitBandKey[]];

const WEEK_MS = 7 * 24 * 3_600_000;

export function weeksWaited(waitingSince: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / WEEK_MS));
}

export function bandOf(waitingSince: Date, now: Date): WaitBand {
  const weeks = weeksWaited(waitingSince, now);
  return WAIT_BANDS.find((band) => weeks >= band.fromWeeks && (band.toWeeks === null || weeks < band.toWeeks)) ?? WAIT_BANDS[0];
}

/**
 * The waitingSince instants of a band, as a half-open range: after `after`
 * (exclusive) and up to `upTo` (inclusive). Null means unbounded: the first band
 * also holds waits dated in the future (a data fault the technical validation
 * report lists), so every open entry is in exactly one band.
 */
export function bandRange(band: WaitBand, now: Date): { after: Date | null; upTo: Date | null } {
  return {
    upTo: band.fromWeeks === 0 ? null : new Date(now.getTime() - band.fromWeeks * WEEK_MS),
    after: band.toWeeks === null ? null : new Date(now.getTime() - band.toWeeks * WEEK_MS),
  };
}

/** The instant a wait that began at `waitingSince` reaches `weeks` weeks. */
export function weeksAfter(waitingSince: Date, weeks: number): Date {
  return new Date(waitingSince.getTime() + weeks * WEEK_MS);
}
