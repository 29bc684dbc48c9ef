import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { slotDays } from "@/server/booking/centre/slot-choices";
import { loadSlotFilterOptions, searchSlots } from "@/server/booking/centre/slot-filters";
import { loadBookingContext } from "@/server/booking/centre/booking-context";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { CommunicationFlags } from "../../../_components/communication-flags";
import { SlotFiltersForm } from "../../../_components/slot-filters-form";
import { BookForm } from "./book-form";
import { ChooseEntry } from "./choose-entry";

export const metadata: Metadata = { title: "Book an appointment" };

type Props = { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookAppointmentPage({ params, searchParams }: Props) {
  await requireStaff("BOOKING_CLERK");
  const [{ patientId }, query] = await Promise.all([params, searchParams]);
  if (!isUuid(patientId)) notFound();
  const context = await loadBookingContext(db(), patientId, typeof query.entry === "string" ? query.entry : undefined);
  if (!context) notFound();
  const { patient, waiting, entry } = context;
  const header = (
    <>
      <BackLink href={`/staff/patients/${patient.id}`}>Back to {staffPatientName(patient)}</BackLink>
      <span className="nhsuk-caption-l">{staffPatientName(patient)}</span>
      <h1>Book an appointment</h1>
      <CommunicationFlags patient={patient} />
    </>
  );
  if (!entry) return <>{header}<ChooseEntry patientId={patient.id} waiting={waiting} /></>;

  const search = await searchSlots(db(), query, { serviceId: entry.serviceId, appointmentTypeId: entry.appointmentTypeId ?? undefined });
  const options = await loadSlotFilterOptions(db(), search.filters.serviceId);
  const days = slotDays(search.slots);
  return (
    <>
      {header}
      <p>
        For: <strong>{entry.label}</strong>
      </p>
      <SlotFiltersForm search={search} options={options} keep={{ entry: entry.id }} />
      <h2>Free times</h2>
      {days.length === 0 ? (
        <InsetText>No free times match. Widen the dates or choose any appointment type or location.</InsetText>
      ) : (
        <>
          {search.truncated && <p>Showing the first {search.slots.length} free times. Narrow the filters to see others.</p>}
          <BookForm patientId={patient.id} waitingListEntryId={entry.id} idempotencyKey={randomUUID()} days={days} />
        </>
      )}
    </>
  );
}
