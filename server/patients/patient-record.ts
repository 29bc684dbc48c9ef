import { startOfDay } from "date-fns";
import type { DbClient } from "../platform/db/client";
import { isLive } from "../booking/core/appointment-status";
import { inLondon } from "../platform/time/london";

/**
 * Everything the booking centre shows about one patient: details and
 * communication needs, referrals with their waiting-list entries, and
 * appointments split into upcoming (still live) and past. Null when there is no
 * such patient.
 */
export async function loadPatientRecord(client: DbClient, patientId: string, now = new Date()) {
  const [patient, referrals, appointments] = await Promise.all([
    client.patient.findUnique({ where: { id: patientId } }),
    client.referral.findMany({
      where: { patientId },
      orderBy: { receivedAt: "desc" },
      select: {
        id: true,
        status: true,
        priority: true,
        receivedAt: true,
        reason: true,
        referrerName: true,
        service: { select: { id: true, name: true } },
        waitingList: {
          orderBy: { addedAt: "desc" },
          select: { id: true, kind: true, status: true, priority: true, addedAt: true, dueBy: true, appointmentType: { select: { name: true } } },
        },
      },
    }),
    client.appointment.findMany({
      where: { patientId },
      orderBy: { startsAt: "desc" },
      take: 200,
      select: {
        id: true,
        startsAt: true,
        status: true,
        outcome: true,
        appointmentType: { select: { name: true, mode: true } },
        clinic: { select: { name: true, service: { select: { name: true } }, location: { select: { name: true } } } },
        clinician: { select: { name: true } },
      },
    }),
  ]);
  if (!patient) return null;
  const today = startOfDay(inLondon(now)).getTime();
  // Live appointments from today on; earlier live ones still need their attendance recording, so they show as past.
  const upcoming = appointments.filter((a) => isLive(a.status) && a.startsAt.getTime() >= today).reverse();
  const past = appointments.filter((a) => !upcoming.includes(a));
  return { patient, referrals, upcoming, past };
}

export type PatientRecord = NonNullable<Awaited<ReturnType<typeof loadPatientRecord>>>;
