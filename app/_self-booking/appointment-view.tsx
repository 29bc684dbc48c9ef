import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { InsetText } from "@/components/inset-text";
import { Panel } from "@/components/panel";
import { describeAppointment, videoLinkAvailable, VIDEO_LINK_MINUTES_BEFORE } from "@/server/booking/appointments/describe-appointment";
import type { AppointmentDetails } from "@/server/booking/appointments/appointment-details";
import { statusLabel } from "@/server/booking/core/appointment-status";
import { patientMayChange } from "@/server/booking/self-service/change-rules";
import { formatDateTime } from "@/server/platform/time/london";
import { AppointmentSummary } from "./appointment-summary";
import type { Flow } from "./flow";

export type DoneKind = "booked" | "changed" | "cancelled" | "confirmed";

const panelHeading: Record<DoneKind, string> = {
  booked: "Appointment booked",
  changed: "Appointment changed",
  cancelled: "Appointment cancelled",
  confirmed: "Thank you for confirming",
};

export function doneKind(value: string | string[] | undefined): DoneKind | undefined {
  return typeof value === "string" && value in panelHeading ? (value as DoneKind) : undefined;
}

/**
 * One appointment: the confirmation panel after a change, then when, where or
 * how, who with, the video link from 15 minutes before, a calendar file, and how
 * to change or cancel.
 */
export function AppointmentView({ flow, appointment, done, sentTo }: { flow: Flow; appointment: AppointmentDetails; done?: DoneKind; sentTo?: string }) {
  const now = new Date();
  const d = describeAppointment(appointment);
  const live = appointment.status === "BOOKED" || appointment.status === "ARRIVED";
  const canChange = patientMayChange(appointment, now);
  const isVideo = appointment.appointmentType.mode === "VIDEO";
  return (
    <>
      {flow.kind !== "link" && <BackLink href={flow.paths.home}>Back to your appointments</BackLink>}
      {done ? (
        <Panel heading={panelHeading[done]}>
          {done === "cancelled" ? <p>{d.when}</p> : <p>{`${d.when} (UK time)`}</p>}
          {sentTo && done !== "confirmed" && <p>{`We have sent the details to ${sentTo}.`}</p>}
        </Panel>
      ) : (
        <h1>{live ? "Your appointment" : `Appointment: ${statusLabel(appointment.status).toLowerCase()}`}</h1>
      )}
      {done && <h2 className="nhsuk-heading-l">{live ? "Your appointment" : "The cancelled appointment"}</h2>}
      <AppointmentSummary description={d} />
      {live && <p>{d.howItWorks}</p>}
      {live && d.accessibility && <p>{`Access: ${d.accessibility}`}</p>}
      {live && d.directions && <p>{`Getting there: ${d.directions}`}</p>}
      {live && isVideo && <VideoJoin appointment={appointment} now={now} />}
      {live && appointment.patientConfirmedAt && <p>{`You confirmed you will come on ${formatDateTime(appointment.patientConfirmedAt)}.`}</p>}
      {live && flow.paths.calendar && (
        <p>
          <a href={flow.paths.calendar(appointment.id)} download="appointment.ics">
            Add this appointment to your calendar (.ics file)
          </a>
        </p>
      )}
      {live && (
        <>
          <h2 className="nhsuk-heading-m">If you need to change or cancel</h2>
          {canChange && flow.kind !== "link" ? (
            <ul className="nhsuk-list">
              <li>
                <a href={flow.paths.change(appointment.id)}>
                  Change this appointment<span className="nhsuk-u-visually-hidden"> on {d.when}</span>
                </a>
              </li>
              <li>
                <a href={flow.paths.cancel(appointment.id)}>
                  Cancel this appointment<span className="nhsuk-u-visually-hidden"> on {d.when}</span>
                </a>
              </li>
            </ul>
          ) : null}
          <p>
            {canChange ? "" : "It is too close to the appointment to change it online. "}
            Call {d.service} on {d.contactPhone}. If you cannot come, please tell us so we can offer the time to someone else.
          </p>
        </>
      )}
      {done === "cancelled" && (
        <p>
          You are still on the waiting list. <a href={flow.paths.home}>Book another time</a> when you are ready, or call {d.service} on {d.contactPhone}.
        </p>
      )}
    </>
  );
}

function VideoJoin({ appointment, now }: { appointment: AppointmentDetails; now: Date }) {
  const url = appointment.clinic.videoJoinUrl;
  if (!url) return <InsetText>{`We will send you the link to join before your appointment.`}</InsetText>;
  if (videoLinkAvailable(appointment, now)) {
    return (
      <Button href={url} rel="noopener">
        Join your video appointment
      </Button>
    );
  }
  if (now.getTime() >= appointment.endsAt.getTime()) return null;
  const opensAt = new Date(appointment.startsAt.getTime() - VIDEO_LINK_MINUTES_BEFORE * 60_000);
  return <InsetText>{`The link to join your video appointment will appear here from ${formatDateTime(opensAt)}, ${VIDEO_LINK_MINUTES_BEFORE} minutes before the start. Come back to this page then.`}</InsetText>;
}
