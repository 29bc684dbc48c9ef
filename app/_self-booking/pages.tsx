import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { BackLink } from "@/components/back-link";
import { loadAppointmentDetails, type AppointmentDetails } from "@/server/booking/appointments/appointment-details";
import { AppointmentNotFoundError } from "@/server/booking/core/errors";
import { db } from "@/server/platform/db/client";
import { loadBookableEntry, patientBookableTypes } from "@/server/booking/self-service/bookable-entries";
import { ChangeNotAllowedError } from "@/server/booking/self-service/change-rules";
import { scopeFilter } from "@/server/booking/self-service/scope";
import { changeableAppointment } from "@/server/booking/self-service/self-book";
import { formatDateTime } from "@/server/platform/time/london";
import { bookAction, rescheduleAction } from "./actions";
import { AppointmentView, doneKind } from "./appointment-view";
import { CancelView } from "./cancel-view";
import { CheckSlot } from "./check-slot";
import { ChooseTime, type SearchQuery } from "./choose-time";
import { ContactView } from "./contact-view";
import type { Flow } from "./flow";

/**
 * The self-booking pages, shared by the signed-in area (/patient/…) and booking
 * by reference (/book-by-reference/…). Route files call their flow's guard first
 * and pass the flow in; everything here loads within its scope and 404s outside it.
 */
export async function EntryTimesPage({ flow, entryId, query }: { flow: Flow; entryId: string; query: SearchQuery }) {
  const entry = await loadBookableEntry(db(), flow.scope, entryId);
  if (!entry) notFound();
  if (entry.bookableTypes.length === 0) {
    return (
      <>
        <BackLink href={flow.paths.home} />
        <h1>Call us to book this appointment</h1>
        <p>{`${entry.service.name} arranges this appointment with you by phone. Call ${entry.service.contactPhone}.`}</p>
      </>
    );
  }
  return (
    <ChooseTime
      caption={`${entry.service.name}: step 1 of 3`}
      heading="Choose a time"
      backHref={flow.paths.home}
      serviceId={entry.serviceId}
      types={entry.bookableTypes}
      query={query}
      formPath={flow.paths.book(entry.id)}
      slotHref={(slotId) => flow.paths.check(entry.id, slotId)}
      contactHref={flow.paths.contact(entry.id)}
      contactPhone={entry.service.contactPhone}
      serviceName={entry.service.name}
    />
  );
}

export async function EntryCheckPage({ flow, entryId, slotId }: { flow: Flow; entryId: string; slotId: string }) {
  const entry = await loadBookableEntry(db(), flow.scope, entryId);
  if (!entry) notFound();
  return (
    <CheckSlot
      flow={flow}
      slotId={slotId}
      typeIds={entry.bookableTypes.map((t) => t.id)}
      backHref={flow.paths.book(entry.id)}
      caption={`${entry.service.name}: step 2 of 3`}
      action={bookAction}
      fields={{ entryId: entry.id }}
      submitLabel="Confirm booking"
    />
  );
}

export async function EntryContactPage({ flow, entryId, sent }: { flow: Flow; entryId: string; sent: boolean }) {
  const entry = await loadBookableEntry(db(), flow.scope, entryId);
  if (!entry) notFound();
  return <ContactView flow={flow} entry={entry} sent={sent} />;
}

export async function AppointmentPage({ flow, appointmentId, done }: { flow: Flow; appointmentId: string; done: string | string[] | undefined }) {
  const appointment = await loadAppointmentDetails(db(), appointmentId, scopeFilter(flow.scope));
  if (!appointment) notFound();
  return <AppointmentView flow={flow} appointment={appointment} done={doneKind(done)} sentTo={sentTo(appointment)} />;
}

export async function ChangeTimesPage({ flow, appointmentId, query }: { flow: Flow; appointmentId: string; query: SearchQuery }) {
  const appointment = await changeable(flow, appointmentId);
  if (!("id" in appointment)) return appointment.page;
  const types = await patientBookableTypes(db(), appointment.appointmentType.serviceId, appointment.appointmentType.kind);
  return (
    <ChooseTime
      caption={`Change your appointment: step 1 of 3`}
      heading="Choose a new time"
      backHref={flow.kind === "link" ? undefined : flow.paths.appointment(appointment.id)}
      serviceId={appointment.appointmentType.serviceId}
      types={types}
      query={query}
      formPath={flow.paths.change(appointment.id)}
      slotHref={(slotId) => flow.paths.changeCheck(appointment.id, slotId)}
      contactPhone={appointment.clinic.service.contactPhone}
      serviceName={appointment.clinic.service.name}
    />
  );
}

export async function ChangeCheckPage({ flow, appointmentId, slotId }: { flow: Flow; appointmentId: string; slotId: string }) {
  const appointment = await changeable(flow, appointmentId);
  if (!("id" in appointment)) return appointment.page;
  const types = await patientBookableTypes(db(), appointment.appointmentType.serviceId, appointment.appointmentType.kind);
  return (
    <CheckSlot
      flow={flow}
      slotId={slotId}
      typeIds={types.map((t) => t.id)}
      backHref={flow.paths.change(appointment.id)}
      caption="Change your appointment: step 2 of 3"
      action={rescheduleAction}
      fields={{ appointmentId: appointment.id }}
      submitLabel="Confirm new time"
      replacing={formatDateTime(appointment.startsAt)}
    />
  );
}

export async function CancelPage({ flow, appointmentId }: { flow: Flow; appointmentId: string }) {
  const appointment = await changeable(flow, appointmentId);
  if (!("id" in appointment)) return appointment.page;
  return <CancelView flow={flow} appointment={appointment} backHref={flow.paths.appointment(appointment.id)} />;
}

/** The appointment if it can still be changed online; otherwise the page that says to call. */
async function changeable(flow: Flow, appointmentId: string): Promise<AppointmentDetails | { page: ReactElement }> {
  try {
    return await changeableAppointment(db(), flow.scope, appointmentId, new Date());
  } catch (error) {
    if (error instanceof AppointmentNotFoundError) notFound();
    if (error instanceof ChangeNotAllowedError) {
      return {
        page: (
          <>
            <BackLink href={flow.paths.appointment(appointmentId)} />
            <h1>You cannot change this appointment online</h1>
            <p>{error.message}</p>
          </>
        ),
      };
    }
    throw error;
  }
}

export function sentTo(appointment: AppointmentDetails): string | undefined {
  const { preferredContact, email } = appointment.patient;
  if (preferredContact === "POST" || !email) return "your home address by post";
  return email;
}
