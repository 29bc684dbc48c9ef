import type { Actor } from "../../platform/audit/record-audit";

/**
 * Who is booking and what they may see. A signed-in patient sees everything of
 * theirs; a booking-reference session sees one referral of one patient. Every
 * load in self-booking is filtered by this, so anything outside it is simply
 * not found.
 */
export type SelfBookingScope = {
  patientId: string;
  /** Set for a booking-reference session: only this referral and its appointments. */
  referralId?: string;
  /** Set for a signed link from a reminder: only this one appointment. */
  appointmentId?: string;
  actor: Actor;
  channel: "PATIENT_ONLINE" | "BOOKING_REFERENCE";
};

export function accountScope(patient: { userId: string; patientId: string }): SelfBookingScope {
  return { patientId: patient.patientId, actor: { userId: patient.userId, label: "Patient (online)" }, channel: "PATIENT_ONLINE" };
}

export function referenceScope(session: { patientId: string; referralId: string }): SelfBookingScope {
  return {
    patientId: session.patientId,
    referralId: session.referralId,
    actor: { userId: null, label: "Patient (booking reference)" },
    channel: "BOOKING_REFERENCE",
  };
}

/** A signed reminder link acts on its one appointment, for that appointment's patient. */
export function linkScope(appointment: { id: string; patientId: string; referralId: string | null }): SelfBookingScope {
  return {
    patientId: appointment.patientId,
    referralId: appointment.referralId ?? undefined,
    appointmentId: appointment.id,
    actor: { userId: null, label: "Patient (reminder link)" },
    channel: "BOOKING_REFERENCE",
  };
}

/** The Prisma filter for rows that belong to this scope (appointments, entries, tasks). */
export function scopeFilter(scope: SelfBookingScope): { patientId: string; referralId?: string } {
  return scope.referralId ? { patientId: scope.patientId, referralId: scope.referralId } : { patientId: scope.patientId };
}
