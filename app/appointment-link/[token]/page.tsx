import type { Metadata } from "next";
import { confirmAction } from "@/app/_self-booking/actions";
import { AppointmentSummary } from "@/app/_self-booking/appointment-summary";
import { AppointmentView, doneKind } from "@/app/_self-booking/appointment-view";
import { CancelView } from "@/app/_self-booking/cancel-view";
import { ConfirmForm } from "@/app/_self-booking/confirm-form";
import { flowFields, linkFlow } from "@/app/_self-booking/flow";
import { ChangeTimesPage } from "@/app/_self-booking/pages";
import { describeAppointment } from "@/server/booking/appointments/describe-appointment";
import { isLive } from "@/server/booking/core/appointment-status";
import { rescheduledTo } from "@/server/booking/links/link-appointment";
import { db } from "@/server/platform/db/client";
import { LinkProblem } from "./link-problem";

export const metadata: Metadata = { title: "Your appointment" };

/**
 * A reminder's link: the signed token is the credential, for one appointment and
 * one action (confirm, change or cancel). Opening the page changes nothing; the
 * patient presses a button, so mail scanners that follow links cannot cancel.
 */
export default async function AppointmentLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  const { flow, linked } = await linkFlow(token);
  if (!flow) return <LinkProblem reason={linked.reason} />;
  const query = await searchParams;
  const done = doneKind(query.done);
  const appointment = linked.appointment;

  if (!isLive(appointment.status)) {
    const moved = await rescheduledTo(db(), appointment.id, appointment.patientId);
    if (moved) {
      return (
        <>
          {!done && <h1>This appointment has moved</h1>}
          {!done && <p>The appointment this link was for has been changed to the new time below.</p>}
          <AppointmentView flow={flow} appointment={moved} done={done === "changed" ? "changed" : undefined} />
        </>
      );
    }
    return <AppointmentView flow={flow} appointment={appointment} done={done === "cancelled" ? "cancelled" : undefined} />;
  }
  switch (linked.link.action) {
    case "confirm":
      if (appointment.patientConfirmedAt) return <AppointmentView flow={flow} appointment={appointment} done={done === "confirmed" ? "confirmed" : undefined} />;
      return (
        <>
          <h1>Confirm your appointment</h1>
          <AppointmentSummary description={describeAppointment(appointment)} />
          <p>Let us know you will come. If you cannot, use the cancel link in your reminder or call the service so we can offer the time to someone else.</p>
          <ConfirmForm action={confirmAction} fields={{ ...flowFields(flow), appointmentId: appointment.id }} />
        </>
      );
    case "cancel":
      return <CancelView flow={flow} appointment={appointment} />;
    case "change":
      return <ChangeTimesPage flow={flow} appointmentId={appointment.id} query={query} />;
  }
}
