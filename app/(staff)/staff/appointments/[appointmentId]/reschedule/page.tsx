import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { isLive } from "@/server/booking/core/appointment-status";
import { loadAppointmentDetails } from "@/server/booking/centre/appointment-details";
import { slotDays } from "@/server/booking/centre/slot-choices";
import { loadSlotFilterOptions, searchSlots } from "@/server/booking/centre/slot-filters";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDateTime } from "@/server/platform/time/london";
import { CommunicationFlags } from "../../../_components/communication-flags";
import { SlotFiltersForm } from "../../../_components/slot-filters-form";
import { RescheduleForm } from "./reschedule-form";

export const metadata: Metadata = { title: "Reschedule appointment" };

type Props = { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RescheduleAppointmentPage({ params, searchParams }: Props) {
  await requireStaff("BOOKING_CLERK");
  const [{ appointmentId }, query] = await Promise.all([params, searchParams]);
  if (!isUuid(appointmentId)) notFound();
  const appointment = await loadAppointmentDetails(db(), appointmentId);
  if (!appointment) notFound();
  const header = (
    <>
      <BackLink href={`/staff/appointments/${appointment.id}`}>Back to the appointment</BackLink>
      <span className="nhsuk-caption-l">{staffPatientName(appointment.patient)}</span>
      <h1>Reschedule the appointment on {formatDateTime(appointment.startsAt)}</h1>
      <CommunicationFlags patient={appointment.patient} />
    </>
  );
  if (!isLive(appointment.status)) return <>{header}<InsetText>This appointment is no longer booked, so it cannot be moved. Book a new appointment instead.</InsetText></>;

  // Only slots of the same service: the booking core refuses a move to another service.
  const serviceId = appointment.clinic.service.id;
  const search = await searchSlots(db(), { ...query, serviceId }, { serviceId, appointmentTypeId: appointment.appointmentType.id });
  const options = await loadSlotFilterOptions(db(), serviceId);
  const days = slotDays(search.slots.filter((slot) => slot.id !== appointment.slotId));
  return (
    <>
      {header}
      <p>
        Currently: {appointment.appointmentType.name} with {appointment.clinician.name}, {appointment.clinic.name}.
      </p>
      <SlotFiltersForm search={search} options={options} serviceLocked />
      {days.length === 0 ? (
        <InsetText>No free times match. Widen the dates or choose any appointment type or location.</InsetText>
      ) : (
        <RescheduleForm appointmentId={appointment.id} days={days} />
      )}
    </>
  );
}
