import type { DbClient } from "../../platform/db/client";

/** One appointment as the booking centre sees it, with what it needs to act on it. Null when there is no such appointment. */
export async function loadAppointmentDetails(client: DbClient, appointmentId: string) {
  return client.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      outcome: true,
      followUpWeeks: true,
      outcomeNote: true,
      cancelReason: true,
      bookingChannel: true,
      createdAt: true,
      patientConfirmedAt: true,
      slotId: true,
      patient: {
        select: {
          id: true,
          givenName: true,
          familyName: true,
          nhsNumber: true,
          dateOfBirth: true,
          communicationNeeds: true,
          interpreterLanguage: true,
          accessNotes: true,
        },
      },
      appointmentType: { select: { id: true, name: true, mode: true, kind: true, serviceId: true } },
      clinic: { select: { id: true, name: true, videoJoinUrl: true, service: { select: { id: true, name: true } }, location: { select: { name: true, addressLine1: true, town: true, postcode: true } } } },
      clinician: { select: { id: true, name: true, professionalRole: true } },
      referral: { select: { id: true, reason: true, status: true, pathwayId: true } },
      waitingListEntry: { select: { id: true, kind: true } },
      rescheduledFrom: { select: { id: true, startsAt: true } },
      rescheduledTo: { select: { id: true, startsAt: true } },
      pifuPathway: { select: { id: true, durationMonths: true, endsAt: true, endAction: true, triggerSymptoms: true, status: true } },
    },
  });
}

export type AppointmentDetails = NonNullable<Awaited<ReturnType<typeof loadAppointmentDetails>>>;
