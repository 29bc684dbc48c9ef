import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import type { DiaryDay } from "@/server/scheduling/diary/load-diary";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDate, formatTime } from "@/server/platform/time/london";
import { AppointmentStatusTag } from "../_components/appointment-status-tag";
import { CommunicationFlags } from "../_components/communication-flags";

/** One day of a diary: each time with its booking(s), or free or blocked. */
export function DiaryDayTable({ day, showClinic }: { day: DiaryDay; showClinic: boolean }) {
  if (day.positions.length === 0) return <p>No clinic sessions on this day.</p>;
  const head = ["Time", ...(showClinic ? ["Clinic"] : []), "Appointment", "Patient", "Status"];
  const rows = day.positions.flatMap((position) => {
    const time = `${formatTime(position.startsAt)} to ${formatTime(position.endsAt)}`;
    const clinic = showClinic ? [position.clinicName] : [];
    if (position.bookings.length === 0) {
      const state = position.blocked ? (
        <>
          <Tag colour="grey">{position.cancelReason ? "Cancelled" : "Blocked"}</Tag>
          {position.cancelReason && <span className="nhsuk-u-display-block nhsuk-u-font-size-16">{position.cancelReason}</span>}
        </>
      ) : (
        <Tag colour="white">Free</Tag>
      );
      return [[time, ...clinic, position.appointmentTypes.join(" or "), "", state]];
    }
    return position.bookings.map((booking) => [
      time,
      ...clinic,
      booking.appointmentTypeName,
      <>
        <a href={`/staff/appointments/${booking.appointmentId}`}>{staffPatientName(booking.patient)}</a>
        <span className="nhsuk-u-display-block nhsuk-u-font-size-16">NHS number {formatNhsNumber(booking.patient.nhsNumber)}</span>
        <CommunicationFlags patient={booking.patient} />
      </>,
      <AppointmentStatusTag key="status" status={booking.status} />,
    ]);
  });
  return <Table caption={<span className="nhsuk-u-visually-hidden">Diary for {formatDate(day.date)}</span>} head={head} rows={rows} />;
}

