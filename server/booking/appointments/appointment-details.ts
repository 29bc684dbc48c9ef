import type { DbClient } from "../../platform/db/client";
import { isUuid } from "../../platform/forms/uuid";

/** What a patient (or a message to them) needs to know about one appointment. */
const detailsSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  patientId: true,
  referralId: true,
  calendarUid: true,
  calendarSequence: true,
  cancelReason: true,
  patientConfirmedAt: true,
  rescheduledFromId: true,
  appointmentType: { select: { id: true, name: true, mode: true, kind: true, minNoticeHours: true, serviceId: true } },
  clinic: {
    select: {
      name: true,
      videoJoinUrl: true,
      location: { select: { name: true, addressLine1: true, addressLine2: true, town: true, postcode: true, accessibilityNotes: true, directions: true } },
      service: { select: { id: true, name: true, contactPhone: true, contactEmail: true } },
    },
  },
  clinician: { select: { name: true, professionalRole: true } },
  patient: { select: { givenName: true, familyName: true, email: true, mobile: true, preferredContact: true } },
  referral: { select: { bookingReference: true } },
} as const;

export type AppointmentScopeFilter = { patientId?: string; referralId?: string };

/**
 * One appointment with its place, clinician and service. Patient-facing callers
 * pass the scope from their session (patient, and for a reference session the
 * referral): anything outside it is simply not found.
 */
export async function loadAppointmentDetails(client: DbClient, appointmentId: string, scope: AppointmentScopeFilter = {}) {
  if (!isUuid(appointmentId)) return null;
  return client.appointment.findFirst({
    where: {
      id: appointmentId,
      ...(scope.patientId ? { patientId: scope.patientId } : {}),
      ...(scope.referralId ? { referralId: scope.referralId } : {}),
    },
    select: detailsSelect,
  });
}

export type AppointmentDetails = NonNullable<Awaited<ReturnType<typeof loadAppointmentDetails>>>;
