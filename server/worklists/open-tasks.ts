import type { DbClient } from "../platform/db/client";
import type { WorklistTaskKind } from "../platform/db/generated/enums";

export { worklistKindLabel } from "./kind-labels";

export const WORKLIST_PAGE_SIZE = 50;

/**
 * Open and in-progress tasks, the soonest due first, a page at a time, with what
 * staff need to act (patient, needs, service) and how many there are in all.
 */
export async function listOpenTasks(client: DbClient, options: { kind?: WorklistTaskKind; page?: number } = {}) {
  const where = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] }, ...(options.kind ? { kind: options.kind } : {}) };
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const [total, tasks] = await Promise.all([
    client.worklistTask.count({ where }),
    client.worklistTask.findMany({
      where,
      orderBy: [{ dueBy: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * WORKLIST_PAGE_SIZE,
      take: WORKLIST_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        status: true,
        summary: true,
        details: true,
        dueBy: true,
        createdAt: true,
        service: { select: { name: true } },
        patient: {
          select: { id: true, givenName: true, familyName: true, nhsNumber: true, mobile: true, communicationNeeds: true, interpreterLanguage: true, accessNotes: true },
        },
      },
    }),
  ]);
  return { tasks, total, page, pageCount: Math.max(1, Math.ceil(total / WORKLIST_PAGE_SIZE)) };
}

export type OpenTask = Awaited<ReturnType<typeof listOpenTasks>>["tasks"][number];

/** The patient's own words from a self-booking request, as lines for staff. */
export function requestLines(details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const d = details as Record<string, unknown>;
  const lines: string[] = [];
  if (typeof d.phone === "string" && d.phone) lines.push(`Call on ${d.phone}`);
  const days = Array.isArray(d.days) ? d.days.filter((x): x is string => typeof x === "string") : [];
  const times = Array.isArray(d.times) ? d.times.filter((x): x is string => typeof x === "string") : [];
  if (days.length > 0) lines.push(`Days: ${days.map((x) => x.charAt(0) + x.slice(1).toLowerCase()).join(", ")}`);
  if (times.length > 0) lines.push(`Times: ${times.map((x) => x.toLowerCase()).join(", ")}`);
  if (typeof d.notes === "string" && d.notes) lines.push(`Note: ${d.notes}`);
  return lines;
}
