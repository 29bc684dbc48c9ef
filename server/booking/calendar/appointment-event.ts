import type { AppointmentDetails } from "../appointments/appointment-details";
import { describeAppointment } from "../appointments/describe-appointment";
import { buildIcs, type CalendarMethod } from "./ics";

/**
 * The .ics for an appointment. The UID is the appointment's calendarUid, kept
 * across a reschedule, and SEQUENCE its calendarSequence (one more for a
 * cancellation), so calendar apps move or remove the one event they have.
 */
export function appointmentIcs(
  appointment: AppointmentDetails,
  options: { method: CalendarMethod; organizer: { name: string; email: string }; manageUrl: string; now: Date },
): string {
  const d = describeAppointment(appointment);
  const cancelled = options.method === "CANCEL";
  return buildIcs({
    method: options.method,
    uid: appointment.calendarUid,
    sequence: appointment.calendarSequence + (cancelled ? 1 : 0),
    start: appointment.startsAt,
    end: appointment.endsAt,
    stamp: options.now,
    summary: `${d.service}: ${d.what}`,
    description: [
      `With ${d.who}.`,
      d.howItWorks,
      `To change or cancel: ${options.manageUrl} or call ${d.contactPhone}.`,
      ...(d.bookingReference ? [`Booking reference: ${d.bookingReference}`] : []),
    ].join("\n"),
    location: d.place.length > 0 ? d.place.join(", ") : d.mode,
    url: options.manageUrl,
    organizer: options.organizer,
    attendee: appointment.patient.email
      ? { name: `${appointment.patient.givenName} ${appointment.patient.familyName}`, email: appointment.patient.email }
      : undefined,
  });
}
