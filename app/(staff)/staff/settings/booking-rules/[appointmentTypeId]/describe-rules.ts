type Json = unknown;

const fields: Array<[key: string, label: string, show: (v: unknown) => string]> = [
  ["patientBookable", "Patients can book online", (v) => (v ? "yes" : "no")],
  ["minNoticeHours", "Minimum notice", (v) => `${String(v)} hours`],
  ["maxHorizonDays", "Books up to", (v) => `${String(v)} days ahead`],
];

/** "Minimum notice: 24 hours → 48 hours" for each rule that changed. */
export function describeRules(before: Json, after: Json): string {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  return fields
    .filter(([key]) => was[key] !== now[key])
    .map(([key, label, show]) => `${label}: ${show(was[key])} → ${show(now[key])}`)
    .join("; ");
}
