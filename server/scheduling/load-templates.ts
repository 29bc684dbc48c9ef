import type { DbClient } from "../platform/db/client";
import { isoDateOfDbDate, type IsoDate } from "./london-wall-clock";
import type { ClosureDays, SessionTemplate } from "./plan-slots";

export interface ClinicTemplates {
  id: string;
  name: string;
  active: boolean;
  clinicianId: string;
  sessions: SessionTemplate[];
  closures: (ClosureDays & { reason: string })[];
}

/**
 * What slot generation needs to know about a clinic from `fromDay` on: its
 * sessions (with the active appointment types of the clinic's own service) and
 * its closures.
 */
export async function loadClinicTemplates(client: DbClient, clinicId: string, fromDay: IsoDate): Promise<ClinicTemplates | null> {
  const from = new Date(`${fromDay}T00:00:00Z`);
  const clinic = await client.clinic.findUnique({
    where: { id: clinicId },
    select: {
      id: true,
      name: true,
      active: true,
      clinicianId: true,
      serviceId: true,
      sessions: {
        where: { OR: [{ validTo: null }, { validTo: { gte: from } }] },
        include: {
          appointmentTypes: { where: { active: true }, select: { id: true, code: true, kind: true, mode: true, patientBookable: true, serviceId: true } },
        },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }, { id: "asc" }],
      },
      closures: { where: { endDate: { gte: from } }, select: { startDate: true, endDate: true, reason: true } },
    },
  });
  if (!clinic) return null;
  return {
    id: clinic.id,
    name: clinic.name,
    active: clinic.active,
    clinicianId: clinic.clinicianId,
    sessions: clinic.sessions.map((s) => ({
      id: s.id,
      weekday: s.weekday,
      startMinute: s.startMinute,
      endMinute: s.endMinute,
      slotMinutes: s.slotMinutes,
      capacityPerSlot: s.capacityPerSlot,
      validFrom: isoDateOfDbDate(s.validFrom),
      validTo: s.validTo ? isoDateOfDbDate(s.validTo) : null,
      // A type of another service cannot be booked in this clinic, whatever the link table says.
      appointmentTypes: s.appointmentTypes.filter((t) => t.serviceId === clinic.serviceId),
    })),
    closures: clinic.closures.map((c) => ({ startDate: isoDateOfDbDate(c.startDate), endDate: isoDateOfDbDate(c.endDate), reason: c.reason })),
  };
}
