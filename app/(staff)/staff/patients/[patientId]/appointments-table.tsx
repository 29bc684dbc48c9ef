import { Table } from "@/components/table";
import { describeOutcome } from "@/server/booking/core/appointment-outcome";
import { modeLabel } from "@/server/booking/centre/slot-choices";
import type { PatientRecord } from "@/server/patients/patient-record";
import { formatDateTime } from "@/server/platform/time/london";
import { AppointmentStatusTag } from "../../_components/appointment-status-tag";

type Props = { appointments: PatientRecord["upcoming"]; caption: string; empty: string };

export function AppointmentsTable({ appointments, caption, empty }: Props) {
  if (appointments.length === 0) return <p>{empty}</p>;
  return (
    <Table
      caption={caption}
      captionSize="s"
      head={["When", "Appointment", "Where and with", "Status"]}
      rows={appointments.map((a) => [
        <a key="when" href={`/staff/appointments/${a.id}`}>
          {formatDateTime(a.startsAt)}
        </a>,
        `${a.clinic.service.name}: ${a.appointmentType.name}`,
        `${a.appointmentType.mode === "IN_PERSON" ? a.clinic.location.name : modeLabel[a.appointmentType.mode]}, ${a.clinician.name}`,
        <>
          <AppointmentStatusTag status={a.status} />
          {a.outcome && <span className="nhsuk-u-display-block nhsuk-u-margin-top-1">{describeOutcome(a.outcome)}</span>}
        </>,
      ])}
    />
  );
}
