/**
 * RTT period status codes (NHS Data Dictionary, "Referral to Treatment Period
 * Status"). Each code says what it does to the clock; the rules that use them are
 * in rtt-clock.ts.
 */
export const RTT_CODES = {
  "10": { effect: "start", label: "Referral received: clock started" },
  "11": { effect: "start", label: "Active monitoring ended: new clock started" },
  "12": { effect: "start", label: "New referral for a new condition: new clock started" },
  "20": { effect: "continue", label: "Activity during the pathway: clock continues" },
  "21": { effect: "continue", label: "Transferred to another provider: clock continues" },
  "30": { effect: "stop", label: "First definitive treatment: clock stopped" },
  "31": { effect: "stop", label: "Active monitoring (patient's choice): clock stopped" },
  "32": { effect: "stop", label: "Active monitoring (clinician's decision): clock stopped" },
  "33": { effect: "nullify", label: "Did not attend the first appointment: clock nullified" },
  "34": { effect: "stop", label: "Decision not to treat: clock stopped" },
  "35": { effect: "stop", label: "Patient declined treatment: clock stopped" },
  "36": { effect: "stop", label: "Patient died before treatment: clock stopped" },
  "90": { effect: "outside", label: "After treatment: outside RTT" },
  "91": { effect: "outside", label: "During active monitoring: outside RTT" },
  "92": { effect: "outside", label: "Not yet referred for treatment: outside RTT" },
  "98": { effect: "outside", label: "Not applicable to RTT" },
  "99": { effect: "outside", label: "Not yet known" },
} as const satisfies Record<string, { effect: RttEffect; label: string }>;

export type RttEffect = "start" | "continue" | "stop" | "nullify" | "outside";
export type RttCode = keyof typeof RTT_CODES;

export const RTT_CODE_VALUES = Object.keys(RTT_CODES) as RttCode[];

export function isRttCode(value: string): value is RttCode {
  return Object.hasOwn(RTT_CODES, value);
}

export function rttCodeLabel(code: string): string {
  return isRttCode(code) ? RTT_CODES[code].label : `Status ${code}`;
}
