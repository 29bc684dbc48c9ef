import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { isLive } from "@/server/booking/core/appointment-status";
import { loadAppointmentDetails } from "@/server/booking/centre/appointment-details";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDateTime } from "@/server/platform/time/london";
import { CancelForm } from "./cancel-form";

export const metadata: Metadata = { title: "Cancel appointment" };

export default async function CancelAppointmentPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const { appointmentId } = await params;
  if (!isUuid(appointmentId)) notFound();
  const appointment = await loadAppointmentDetails(db(), appointmentId);
  if (!appointment) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/staff/appointments/${appointment.id}`}>Back to the appointment</BackLink>
        <span className="nhsuk-caption-l">{staffPatientName(appointment.patient)}</span>
        <h1>Cancel the appointment on {formatDateTime(appointment.startsAt)}</h1>
        {isLive(appointment.status) ? (
          <CancelForm appointmentId={appointment.id} />
        ) : (
          <InsetText>This appointment is no longer booked, so it cannot be cancelled.</InsetText>
        )}
      </div>
    </div>
  );
}
