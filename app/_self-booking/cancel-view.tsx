import { BackLink } from "@/components/back-link";
import type { AppointmentDetails } from "@/server/booking/appointments/appointment-details";
import { describeAppointment } from "@/server/booking/appointments/describe-appointment";
import { CANCEL_REASONS } from "@/server/booking/self-service/self-book";
import { cancelAction } from "./actions";
import { AppointmentSummary } from "./appointment-summary";
import { CancelForm } from "./cancel-form";
import { flowFields, type Flow } from "./flow";

export function CancelView({ flow, appointment, backHref }: { flow: Flow; appointment: AppointmentDetails; backHref?: string }) {
  return (
    <>
      {backHref && <BackLink href={backHref} />}
      <h1>Cancel your appointment</h1>
      <AppointmentSummary description={describeAppointment(appointment)} />
      <p>When you cancel, the time is offered to someone else. You stay on the waiting list and can book another time.</p>
      <CancelForm action={cancelAction} fields={{ ...flowFields(flow), appointmentId: appointment.id }} reasons={CANCEL_REASONS} />
    </>
  );
}
