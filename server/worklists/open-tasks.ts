import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import type { WorklistTaskKind } from "../platform/db/generated/enums";
import { OPEN_TASK_STATUSES, worklistKindLabel } from "./kind-labels";

export { worklistKindLabel } from "./kind-labels";

export const WORKLIST_PAGE_SIZE = 50;

export type WorklistFilters = {
  kind?: WorklistTaskKind;
  serviceId?: string;
  /** A user id, or "none" for tasks nobody has taken. */
  assignee?: string;
  overdue?: boolean;
  page?: number;
};

/** Reads the worklist's filters from a query string, ignoring anything that is not one. */
export function parseWorklistFilters(params: Record<string, string | string[] | undefined>, uuid: (v: string) => boolean): WorklistFilters {
  const text = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const kind = text("kind");
  const serviceId = text("service");
  const assignee = text("assignee");
  const page = Number.parseInt(text("page") ?? "1", 10);
  return {
    kind: kind && kind in worklistKindLabel ? (kind as WorklistTaskKind) : undefined,
    serviceId: serviceId && uuid(serviceId) ? serviceId : undefined,
    assignee: assignee === "none" || (assignee && uuid(assignee)) ? assignee : undefined,
    overdue: text("overdue") === "1" || undefined,
    page: Number.isFinite(page) ? page : 1,
  };
}

function whereOf(filters: WorklistFilters, now: Date): Prisma.WorklistTaskWhereInput {
  return {
    status: { in: [...OPEN_TASK_STATUSES] },
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
    ...(filters.assignee ? { assignedToId: filters.assignee === "none" ? null : filters.assignee } : {}),
    ...(filters.overdue ? { dueBy: { lt: now } } : {}),
  };
}

/**
 * Open and in-progress tasks, the soonest due first, a page at a time, with what
 * staff need to act (patient, needs, service, what it is about, who has it) and
 * how many there are in all.
 */
export async function listOpenTasks(client: DbClient, filters: WorklistFilters = {}, now: Date = new Date()) {
  const where = whereOf(filters, now);
  const page = Math.max(1, Math.floor(filters.page ?? 1));
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
        referralId: true,
        appointmentId: true,
        service: { select: { name: true } },
        assignedTo: { select: { id: true, name: true } },
        _count: { select: { notes: true } },
        patient: {
          select: { id: true, givenName: true, familyName: true, nhsNumber: true, mobile: true, communicationNeeds: true, interpreterLanguage: true, accessNotes: true },
        },
      },
    }),
  ]);
  return { tasks, total, page, pageCount: Math.max(1, Math.ceil(total / WORKLIST_PAGE_SIZE)) };
}

export type OpenTask = Awaited<ReturnType<typeof listOpenTasks>>["tasks"][number];

/** How many open tasks of each kind (and how many overdue), for the staff home and the worklist's filters. */
export async function countOpenTasksByKind(client: DbClient, now: Date = new Date()): Promise<{ kind: WorklistTaskKind; open: number; overdue: number }[]> {
  const [open, overdue] = await Promise.all([
    client.worklistTask.groupBy({ by: ["kind"], where: { status: { in: [...OPEN_TASK_STATUSES] } }, _count: { _all: true } }),
    client.worklistTask.groupBy({ by: ["kind"], where: { status: { in: [...OPEN_TASK_STATUSES] }, dueBy: { lt: now } }, _count: { _all: true } }),
  ]);
  return (Object.keys(worklistKindLabel) as WorklistTaskKind[]).map((kind) => ({
    kind,
    open: open.find((row) => row.kind === kind)?._count._all ?? 0,
    overdue: overdue.find((row) => row.kind === kind)?._count._all ?? 0,
  }));
}

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
