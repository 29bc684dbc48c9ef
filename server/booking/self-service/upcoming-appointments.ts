import type { DbClient } from "../../platform/db/client";
import { scopeFilter, type SelfBookingScope } from "./scope";

/** The scope's live appointments that have not yet ended, soonest first. */
export function listUpcomingAppointments(client: DbClient, scope: SelfBookingScope, now: Date) {
  return client.appointment.findMany({
    where: { ...scopeFilter(scope), status: { in: ["BOOKED", "ARRIVED"] }, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      appointmentType: { select: { name: true, mode: true } },
      clinic: { select: { service: { select: { name: true } }, location: { select: { name: true } } } },
    },
  });
}
