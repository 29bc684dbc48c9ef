import { SummaryList, type SummaryListRow } from "@/components/summary-list";
import { describeOutcome } from "@/server/booking/core/appointment-outcome";
import type { AppointmentDetails } from "@/server/booking/centre/appointment-details";
import { modeLabel } from "@/server/booking/centre/slot-choices";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { formatDateTime, formatShortDate, formatTime } from "@/server/platform/time/london";

const channelLabel = { STAFF: "By the booking centre", PATIENT_ONLINE: "Online by the patient", BOOKING_REFERENCE: "Online with a booking reference" } as const;
const endActionLabel = { DISCHARGE: "discharge to the GP", CLINICAL_REVIEW: "a clinical review is booked" } as const;

export function AppointmentSummary({ appointment: a }: { appointment: AppointmentDetails }) {
  const where =
    a.appointmentType.mode === "IN_PERSON"
      ? `${a.clinic.location.name}, ${a.clinic.location.addressLine1}, ${a.clinic.location.town}, ${a.clinic.location.postcode}`
      : `${modeLabel[a.appointmentType.mode]} appointment`;
  const rows: SummaryListRow[] = [
    { key: "Patient", value: <a href={`/staff/patients/${a.patient.id}`}>{`${a.patient.givenName} ${a.patient.familyName} (NHS number ${formatNhsNumber(a.patient.nhsNumber)})`}</a> },
    { key: "Time", value: `${formatDateTime(a.startsAt)} to ${formatTime(a.endsAt)}` },
    { key: "Service", value: a.clinic.service.name },
    { key: "Appointment type", value: a.appointmentType.name },
    { key: "Clinic", value: a.clinic.name },
    { key: "Where", value: where },
    { key: "Clinician", value: `${a.clinician.name}, ${a.clinician.professionalRole}` },
    { key: "Booked", value: `${channelLabel[a.bookingChannel]} on ${formatShortDate(a.createdAt)}` },
  ];
  if (a.patientConfirmedAt) rows.push({ key: "Patient confirmed", value: `${formatDateTime(a.patientConfirmedAt)}, from their reminder` });
  if (a.referral) rows.push({ key: "Referral", value: a.referral.reason });
  if (a.rescheduledFrom) rows.push({ key: "Moved from", value: <a href={`/staff/appointments/${a.rescheduledFrom.id}`}>{formatDateTime(a.rescheduledFrom.startsAt)}</a> });
  if (a.cancelReason) rows.push({ key: "Reason for cancelling", value: a.cancelReason });
  if (a.outcome) rows.push({ key: "Outcome", value: describeOutcome(a.outcome, a.followUpWeeks) });
  if (a.outcomeNote) rows.push({ key: "Outcome note", value: a.outcomeNote });
  if (a.pifuPathway) {
    const p = a.pifuPathway;
    rows.push({
      key: "Patient-initiated follow-up",
      value: `${p.endsAt ? `${p.durationMonths} months, until ${formatShortDate(p.endsAt)}` : "Open-ended"}; then ${endActionLabel[p.endAction]}. Get in touch if: ${p.triggerSymptoms}`,
    });
  }
  if (a.patient.accessNotes) rows.push({ key: "Access notes", value: a.patient.accessNotes });
  return <SummaryList rows={rows} />;
}
