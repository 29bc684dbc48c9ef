import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { InsetText } from "@/components/inset-text";
import { NotificationBanner } from "@/components/notification-banner";
import { Tag } from "@/components/tag";
import { requireStaff, staffMayAct } from "@/server/identity/guards";
import { canTransition, isLive } from "@/server/booking/core/appointment-status";
import { ageOn } from "@/server/booking/core/record-attendance";
import { loadAppointmentDetails } from "@/server/booking/centre/appointment-details";
import { loadAppointmentHistory } from "@/server/booking/centre/appointment-history";
import { db } from "@/server/platform/db/client";
import { dayKey } from "@/server/scheduling/diary/diary-schema";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDateTime } from "@/server/platform/time/london";
import { AppointmentStatusTag } from "../../_components/appointment-status-tag";
import { CommunicationFlags } from "../../_components/communication-flags";
import { AppointmentHistory } from "./appointment-history";
import { AppointmentSummary } from "./appointment-summary";
import { AttendanceForm, type AttendanceChoice } from "./attendance-form";

export const metadata: Metadata = { title: "Appointment" };

const banners: Record<string, string> = {
  booked: "Appointment booked. The patient will get a confirmation.",
  rescheduled: "Appointment moved. The old time is free again and the patient will get the new details.",
  cancelled: "Appointment cancelled. The slot is free again and the patient is back on the waiting list.",
  arrived: "Marked as arrived.",
  seen: "Marked as seen. Record the outcome when you have it.",
  did_not_attend: "Marked as did not attend.",
  was_not_brought: "Marked as was not brought. The safeguarding concern is recorded in the history.",
  outcome: "Outcome recorded.",
};

type Props = { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ done?: string }> };

export default async function StaffAppointmentPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  if (!isUuid(appointmentId)) notFound();
  const [appointment, history] = await Promise.all([loadAppointmentDetails(db(), appointmentId), loadAppointmentHistory(db(), appointmentId)]);
  if (!appointment) notFound();
  const { patient } = appointment;
  const child = ageOn(patient.dateOfBirth, appointment.startsAt) < 18;
  const live = isLive(appointment.status);
  const canBook = staffMayAct(staff.role, ["BOOKING_CLERK"]);
  const canRecord = staffMayAct(staff.role, ["BOOKING_CLERK", "CLINICIAN"]);
  const attendance = attendanceChoices(appointment.status, appointment.appointmentType.mode, child);
  const banner = done ? banners[done] : undefined;
  // Attendance is recorded on the day; the booking core has the last word on what is too early.
  const beforeTheDay = dayKey(new Date()) < dayKey(appointment.startsAt);
  return (
    <>
      {banner && <NotificationBanner success>{banner}</NotificationBanner>}
      <BackLink href={`/staff/patients/${patient.id}`}>Back to {staffPatientName(patient)}</BackLink>
      <span className="nhsuk-caption-l">
        {staffPatientName(patient)}, {appointment.appointmentType.name}
      </span>
      <h1>{formatDateTime(appointment.startsAt)}</h1>
      <ul className="nhsuk-list" aria-label="Status and flags">
        <li>
          <AppointmentStatusTag status={appointment.status} /> {child && <Tag colour="yellow">Child</Tag>}{" "}
          {appointment.status === "WAS_NOT_BROUGHT" && <Tag colour="red">Safeguarding concern</Tag>}
        </li>
      </ul>
      <CommunicationFlags patient={patient} />
      {appointment.rescheduledTo && (
        <InsetText>
          <p>
            This appointment was moved to <a href={`/staff/appointments/${appointment.rescheduledTo.id}`}>{formatDateTime(appointment.rescheduledTo.startsAt)}</a>.
          </p>
        </InsetText>
      )}
      <AppointmentSummary appointment={appointment} />
      {(live || (appointment.status === "SEEN" && !appointment.outcome)) && <h2>What do you need to do?</h2>}
      {live && canBook && (
        <div className="nhsuk-button-group">
          <Button href={`/staff/appointments/${appointment.id}/reschedule`} variant="secondary">
            Reschedule
          </Button>
          <Button href={`/staff/appointments/${appointment.id}/cancel`} variant="secondary">
            Cancel appointment
          </Button>
        </div>
      )}
      {canRecord && attendance.length > 0 && (beforeTheDay ? <p>You can record attendance from the day of the appointment.</p> : <AttendanceForm appointmentId={appointment.id} choices={attendance} />)}
      {canRecord && appointment.status === "SEEN" && !appointment.outcome && (
        <Button href={`/staff/appointments/${appointment.id}/outcome`}>Record outcome</Button>
      )}
      <h2>History</h2>
      <AppointmentHistory entries={history} />
    </>
  );
}

/**
 * The attendance buttons the state machine allows from here. Nobody arrives for a
 * telephone or video appointment; "was not brought" is only for children.
 */
function attendanceChoices(status: Parameters<typeof canTransition>[0], mode: string, child: boolean): AttendanceChoice[] {
  const choices: AttendanceChoice[] = [
    { status: "ARRIVED", label: "Mark as arrived" },
    { status: "SEEN", label: "Mark as seen" },
    { status: "DID_NOT_ATTEND", label: "Did not attend" },
    { status: "WAS_NOT_BROUGHT", label: "Was not brought" },
  ];
  return choices.filter(
    (c) => canTransition(status, c.status) && !(c.status === "ARRIVED" && mode !== "IN_PERSON") && !(c.status === "WAS_NOT_BROUGHT" && !child) && !(c.status === "DID_NOT_ATTEND" && child),
  );
}
