import type { PatientPifuRequest } from "@/server/pifu";
import { formatDate, formatDateTime } from "@/server/platform/time/london";

/** What the patient is told about one request, in plain words. */
export function PifuRequestStatus({ request }: { request: PatientPifuRequest }) {
  const booked = request.waitingListEntry?.appointments[0];
  switch (request.status) {
    case "OPEN":
      return <p>We have your request from {formatDate(request.requestedAt)}. A clinician will look at it and we will tell you what happens next by {formatDateTime(request.dueAt)}.</p>;
    case "BOOKING":
      return booked ? (
        <p>
          Your appointment: <a href={`/patient/appointments/${booked.id}`}>{formatDateTime(booked.startsAt)}</a>, {booked.appointmentType.name}.
        </p>
      ) : (
        <p>A clinician would like to see you{request.urgent ? " soon" : ""}. We will book an appointment and tell you when it is.</p>
      );
    case "ADVICE_GIVEN":
      return (
        <>
          <p>A clinician looked at your request on {formatDate(request.decidedAt ?? request.requestedAt)} and has this advice for you:</p>
          <p className="nhsuk-inset-text">{request.decisionNote}</p>
        </>
      );
    case "REDIRECTED":
      return (
        <p>
          A clinician looked at your request: it is not about the condition we are following up, so please contact your GP, or 111 if you need help now.
          {request.decisionNote ? ` ${request.decisionNote}` : ""}
        </p>
      );
  }
}
