import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { loadAppointmentDetails } from "@/server/booking/centre/appointment-details";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDateTime } from "@/server/platform/time/london";
import { pifuActivationOptions } from "@/server/pifu";
import { OutcomeForm } from "./outcome-form";

export const metadata: Metadata = { title: "Record outcome" };

export default async function RecordOutcomePage({ params }: { params: Promise<{ appointmentId: string }> }) {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const { appointmentId } = await params;
  if (!isUuid(appointmentId)) notFound();
  const appointment = await loadAppointmentDetails(db(), appointmentId);
  if (!appointment) notFound();
  const pifu = await pifuActivationOptions(db(), appointment.appointmentType.serviceId, appointment.referral?.id ?? null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/staff/appointments/${appointment.id}`}>Back to the appointment</BackLink>
        <span className="nhsuk-caption-l">
          {staffPatientName(appointment.patient)}, {formatDateTime(appointment.startsAt)}
        </span>
        <h1>Record the outcome</h1>
        {appointment.status === "SEEN" && !appointment.outcome ? (
          <OutcomeForm appointmentId={appointment.id} pifuTemplates={pifu.templates} suggestedRtt={pifu.suggestedRtt} />
        ) : (
          <InsetText>An outcome can only be recorded once, for an appointment where the patient was seen.</InsetText>
        )}
      </div>
    </div>
  );
}
