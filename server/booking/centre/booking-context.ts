import type { DbClient } from "../../platform/db/client";
import { formatShortDate } from "../../platform/time/london";

const kindLabel = { NEW: "new appointment", FOLLOW_UP: "follow-up" } as const;

/**
 * What booking for a patient starts from: the patient, their waiting-list entries
 * still waiting (longest waiter first), and the one being booked: the one asked
 * for, or the only one. Null when there is no such patient.
 */
export async function loadBookingContext(client: DbClient, patientId: string, entryId?: string) {
  const [patient, entries] = await Promise.all([
    client.patient.findUnique({
      where: { id: patientId },
      select: { id: true, givenName: true, familyName: true, communicationNeeds: true, interpreterLanguage: true },
    }),
    client.waitingListEntry.findMany({
      where: { patientId, status: "WAITING" },
      orderBy: { addedAt: "asc" },
      select: {
        id: true,
        kind: true,
        serviceId: true,
        appointmentTypeId: true,
        addedAt: true,
        service: { select: { name: true } },
        appointmentType: { select: { name: true } },
      },
    }),
  ]);
  if (!patient) return null;
  const waiting = entries.map((e) => ({
    ...e,
    label: `${e.service.name}: ${e.appointmentType?.name ?? kindLabel[e.kind]}, waiting since ${formatShortDate(e.addedAt)}`,
  }));
  const entry = entryId ? waiting.find((e) => e.id === entryId) : waiting.length === 1 ? waiting[0] : undefined;
  return { patient, waiting, entry };
}

export type BookingContext = NonNullable<Awaited<ReturnType<typeof loadBookingContext>>>;
