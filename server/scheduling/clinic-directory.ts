import type { DbClient } from "../platform/db/client";
import { orderTypeMix } from "./plan-slots";

/** What the staff clinic pages show. Reads only. */

export async function listClinicsByService(client: DbClient) {
  const services = await client.service.findMany({
    where: { clinics: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      clinics: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          active: true,
          location: { select: { name: true } },
          clinician: { select: { name: true } },
          _count: { select: { sessions: true } },
        },
      },
    },
  });
  return services;
}

export type ClinicOverview = NonNullable<Awaited<ReturnType<typeof getClinicOverview>>>;

/** A clinic with its sessions, current and future closures and the appointment types of its service. */
export async function getClinicOverview(client: DbClient, clinicId: string, now: Date = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const clinic = await client.clinic.findUnique({
    where: { id: clinicId },
    select: {
      id: true,
      code: true,
      name: true,
      active: true,
      service: {
        select: {
          id: true,
          name: true,
          appointmentTypes: {
            where: { active: true },
            select: { id: true, code: true, name: true, kind: true, mode: true, durationMinutes: true, patientBookable: true },
          },
        },
      },
      location: { select: { name: true, town: true } },
      clinician: { select: { name: true, professionalRole: true } },
      sessions: {
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
        include: { appointmentTypes: { select: { id: true, code: true, name: true, kind: true, mode: true } } },
      },
      closures: { where: { endDate: { gte: today } }, orderBy: { startDate: "asc" } },
    },
  });
  if (!clinic) return null;
  const upcoming = await client.slot.groupBy({
    by: ["status"],
    where: { clinicId, startsAt: { gte: now } },
    _count: { _all: true },
    _sum: { bookedCount: true, capacity: true },
  });
  const open = upcoming.filter((g) => g.status !== "CANCELLED");
  return {
    ...clinic,
    service: { ...clinic.service, appointmentTypes: orderTypeMix(clinic.service.appointmentTypes) },
    sessions: clinic.sessions.map((s) => ({ ...s, appointmentTypes: orderTypeMix(s.appointmentTypes) })),
    upcoming: {
      slots: open.reduce((n, g) => n + g._count._all, 0),
      places: open.reduce((n, g) => n + (g._sum.capacity ?? 0), 0),
      booked: open.reduce((n, g) => n + (g._sum.bookedCount ?? 0), 0),
    },
  };
}
