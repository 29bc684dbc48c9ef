import type { DbClient } from "../platform/db/client";
import { getSetting } from "../platform/settings/settings";
import { workingDaysBetween } from "./working-days";

/** NHS England's ambition: episodes moved or discharged to PIFU, as a share of outpatient attendances. */
export const PIFU_AMBITION_PERCENT = 5;

export type PifuServiceFigures = {
  serviceId: string;
  serviceName: string;
  attendances: number;
  movedToPifu: number;
  /** movedToPifu / attendances × 100, or null with no attendances. */
  pifuRate: number | null;
  livePathways: number;
  requests: number;
  requestsPer100: number | null;
};

export type PifuReport = {
  from: Date;
  to: Date;
  services: PifuServiceFigures[];
  totals: { attendances: number; movedToPifu: number; pifuRate: number | null; requests: number; livePathways: number; requestsPer100: number | null };
  requests: { decided: number; becameAppointments: number; appointmentShare: number | null; withinStandard: number; withinStandardShare: number | null; medianWorkingDays: number | null; open: number; overdue: number };
  expiries: { discharged: number; reviewDue: number; replaced: number };
};

const share = (part: number, whole: number) => (whole === 0 ? null : (part * 100) / whole);

/**
 * PIFU figures for a period (default the last 12 months): activations as a
 * share of attendances by service against the 5% ambition, requests per 100
 * patients on PIFU, the share of requests that became appointments, response
 * times against each request's standard, and how periods ended. Counted with a
 * few grouped queries, so the dashboard stays fast at scale.
 */
export async function pifuReport(client: DbClient, options: { from?: Date; to?: Date; now?: Date } = {}): Promise<PifuReport> {
  const now = options.now ?? new Date();
  const to = options.to ?? now;
  const from = options.from ?? new Date(to.getTime() - 365 * 86_400_000);
  const [services, attendances, moved, live, requests, decided, expiries, open, overdue, bankHolidays] = await Promise.all([
    client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    client.$queryRaw<{ serviceId: string; n: bigint }[]>`
      SELECT t."serviceId", count(*) AS n FROM "Appointment" a JOIN "AppointmentType" t ON t.id = a."appointmentTypeId"
      WHERE a.status = 'SEEN' AND a."startsAt" >= ${from} AND a."startsAt" < ${to} GROUP BY t."serviceId"`,
    client.pifuPathway.groupBy({ by: ["serviceId"], where: { startsAt: { gte: from, lt: to } }, _count: { _all: true } }),
    client.pifuPathway.groupBy({
      by: ["serviceId"],
      where: { startsAt: { lt: to }, OR: [{ endedAt: null }, { endedAt: { gte: from } }] },
      _count: { _all: true },
    }),
    client.pifuRequest.groupBy({ by: ["serviceId"], where: { requestedAt: { gte: from, lt: to } }, _count: { _all: true } }),
    client.pifuRequest.findMany({
      where: { decidedAt: { gte: from, lt: to } },
      select: { status: true, requestedAt: true, decidedAt: true, dueAt: true, waitingListEntry: { select: { status: true } } },
    }),
    client.pifuPathway.groupBy({ by: ["status"], where: { endedAt: { gte: from, lt: to } }, _count: { _all: true } }),
    client.pifuRequest.count({ where: { status: "OPEN" } }),
    client.pifuRequest.count({ where: { status: "OPEN", dueAt: { lt: now } } }),
    getSetting(client, "bankHolidays"),
  ]);
  const count = <T extends { serviceId: string }>(rows: (T & { _count: { _all: number } })[], id: string) => rows.find((r) => r.serviceId === id)?._count._all ?? 0;
  const figures = services.map((s): PifuServiceFigures => {
    const seen = Number(attendances.find((a) => a.serviceId === s.id)?.n ?? 0);
    const m = count(moved, s.id);
    const l = count(live, s.id);
    const r = count(requests, s.id);
    return { serviceId: s.id, serviceName: s.name, attendances: seen, movedToPifu: m, pifuRate: share(m, seen), livePathways: l, requests: r, requestsPer100: share(r, l) };
  });
  const sum = (key: "attendances" | "movedToPifu" | "requests" | "livePathways") => figures.reduce((total, f) => total + f[key], 0);
  const days = decided.map((d) => workingDaysBetween(d.requestedAt, d.decidedAt!, bankHolidays)).sort((a, b) => a - b);
  const booked = decided.filter((d) => d.status === "BOOKING" && d.waitingListEntry && d.waitingListEntry.status !== "WAITING").length;
  const within = decided.filter((d) => d.decidedAt! <= d.dueAt).length;
  const ended = (status: string) => expiries.find((e) => e.status === status)?._count._all ?? 0;
  return {
    from,
    to,
    services: figures,
    totals: {
      attendances: sum("attendances"),
      movedToPifu: sum("movedToPifu"),
      pifuRate: share(sum("movedToPifu"), sum("attendances")),
      requests: sum("requests"),
      livePathways: sum("livePathways"),
      requestsPer100: share(sum("requests"), sum("livePathways")),
    },
    requests: {
      decided: decided.length,
      becameAppointments: booked,
      appointmentShare: share(booked, decided.length),
      withinStandard: within,
      withinStandardShare: share(within, decided.length),
      medianWorkingDays: days.length ? days[Math.floor((days.length - 1) / 2)]! : null,
      open,
      overdue,
    },
    expiries: { discharged: ended("DISCHARGED"), reviewDue: ended("REVIEW_DUE"), replaced: ended("ENDED") },
  };
}
