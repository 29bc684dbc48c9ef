import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { PREFERRED_MODES, pifuServiceChoices, pifuTriageQueue } from "@/server/pifu";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatDateTime, formatShortDate } from "@/server/platform/time/london";
import { PifuNav } from "../_components/pifu-nav";
import { ServiceFilter } from "../_components/service-filter";

export const metadata: Metadata = { title: "PIFU requests" };

type Props = { searchParams: Promise<{ service?: string; decided?: string; logged?: string }> };

export default async function PifuRequestsPage({ searchParams }: Props) {
  const staff = await requireStaff("CLINICIAN", "BOOKING_CLERK");
  const { service, decided, logged } = await searchParams;
  const serviceId = service && isUuid(service) ? service : undefined;
  const now = new Date();
  const [queue, services] = await Promise.all([pifuTriageQueue(db(), { serviceId, now }), pifuServiceChoices(db())]);
  const canBook = staff.role !== "CLINICIAN";
  return (
    <>
      {decided && <NotificationBanner success>Decision recorded. The patient has been told.</NotificationBanner>}
      {logged && <NotificationBanner success>Request logged. The patient has been told we have it.</NotificationBanner>}
      <PifuNav current="/staff/pifu/requests" />
      <h1>PIFU requests</h1>
      <p>
        Patients on patient-initiated follow-up who asked for help, the soonest due first. Each must be answered within its response time in working days.{" "}
        <strong>{queue.overdue === 0 ? "None are overdue." : `${queue.overdue} overdue.`}</strong>
      </p>
      <ServiceFilter action="/staff/pifu/requests" services={services.map((s) => ({ ...s, count: queue.openByService.get(s.id) ?? 0 }))} selected={serviceId} />
      <Table
        caption={`Waiting for a decision (${queue.requests.length})`}
        captionSize="m"
        head={["Due", "Patient", "Service", "Asked", "Would like", "What has changed", <span key="a" className="nhsuk-u-visually-hidden">Action</span>]}
        rows={
          queue.requests.length === 0
            ? [["No requests are waiting", "", "", "", "", "", ""]]
            : queue.requests.map((r) => [
                <span key="due">
                  {formatDateTime(r.dueAt)} {r.overdue && <Tag colour="red">Overdue</Tag>}
                </span>,
                <span key="p">
                  {staffPatientName(r.patient)}
                  <br />
                  <span className="nhsuk-body-s">{formatNhsNumber(r.patient.nhsNumber)}</span>
                </span>,
                r.service.name,
                `${formatShortDate(r.requestedAt)} (${r.source === "PHONE" ? "phone" : "online"})`,
                r.preferredMode ? PREFERRED_MODES[r.preferredMode] : "",
                r.details.length > 120 ? `${r.details.slice(0, 117)}…` : r.details,
                <a key="d" href={`/staff/pifu/requests/${r.id}`}>
                  Decide<span className="nhsuk-u-visually-hidden"> the request from {staffPatientName(r.patient)}</span>
                </a>,
              ])
        }
      />
      <Table
        caption={`Decided: appointment to book (${queue.booking.length})`}
        captionSize="m"
        head={["Priority", "Patient", "Service", "Decided", <span key="a" className="nhsuk-u-visually-hidden">Action</span>]}
        rows={
          queue.booking.length === 0
            ? [["Nothing to book", "", "", "", ""]]
            : queue.booking.map((b) => [
                b.urgent ? <Tag key="u" colour="red">Urgent</Tag> : "Routine",
                `${staffPatientName(b.patient)}, ${formatNhsNumber(b.patient.nhsNumber)}`,
                b.service.name,
                b.decidedAt ? formatShortDate(b.decidedAt) : "",
                canBook && b.waitingListEntryId ? (
                  <a key="b" href={`/staff/patients/${b.patient.id}/book?entry=${b.waitingListEntryId}`}>
                    Book<span className="nhsuk-u-visually-hidden"> for {staffPatientName(b.patient)}</span>
                  </a>
                ) : (
                  "Booking centre books"
                ),
              ])
        }
      />
    </>
  );
}
