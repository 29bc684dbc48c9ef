import type { Appointment } from "../../platform/db/generated/client";

type AuditedFields = "status" | "slotId" | "startsAt" | "endsAt" | "clinicId" | "clinicianId" | "appointmentTypeId" | "referralId" | "waitingListEntryId"
  | "bookingChannel" | "calendarUid" | "calendarSequence" | "rescheduledFromId" | "cancelReason" | "outcome" | "followUpWeeks";

/** What the audit trail keeps of an appointment: its state, not the patient's details. */
export function auditView(appointment: Pick<Appointment, AuditedFields>) {
  return {
    status: appointment.status,
    slotId: appointment.slotId,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    clinicId: appointment.clinicId,
    clinicianId: appointment.clinicianId,
    appointmentTypeId: appointment.appointmentTypeId,
    referralId: appointment.referralId,
    waitingListEntryId: appointment.waitingListEntryId,
    bookingChannel: appointment.bookingChannel,
    calendarUid: appointment.calendarUid,
    calendarSequence: appointment.calendarSequence,
    rescheduledFromId: appointment.rescheduledFromId,
    cancelReason: appointment.cancelReason,
    outcome: appointment.outcome,
    followUpWeeks: appointment.followUpWeeks,
  };
}
