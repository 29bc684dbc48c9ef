import type { DbClient } from "../../platform/db/client";

/** Every service's appointment types with their booking rules, for the settings page. */
export async function listBookingRules(client: DbClient) {
  return client.service.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      active: true,
      appointmentTypes: {
        orderBy: [{ kind: "asc" }, { code: "asc" }],
        select: { id: true, code: true, name: true, kind: true, mode: true, durationMinutes: true, active: true, patientBookable: true, minNoticeHours: true, maxHorizonDays: true },
      },
    },
  });
}

/** One appointment type with its service and the latest changes to its rules, newest first. */
export async function loadBookingRules(client: DbClient, appointmentTypeId: string) {
  const [type, changes] = await Promise.all([
    client.appointmentType.findUnique({
      where: { id: appointmentTypeId },
      select: { id: true, name: true, code: true, mode: true, patientBookable: true, minNoticeHours: true, maxHorizonDays: true, service: { select: { name: true } } },
    }),
    client.auditEvent.findMany({
      where: { entityType: "AppointmentType", entityId: appointmentTypeId, action: "appointment_type.booking_rules_changed" },
      orderBy: { occurredAt: "desc" },
      take: 20,
      select: { id: true, occurredAt: true, actorLabel: true, before: true, after: true },
    }),
  ]);
  return type && { type, changes };
}
