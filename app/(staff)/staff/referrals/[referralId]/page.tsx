import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { priorityLabel, sourceLabel, staffStatusLabel, surgicalPriorityLabel } from "@/server/referrals/staff-labels";
import { auditActionLabel, loadStaffReferral } from "@/server/referrals/staff-referral-detail";
import { TRIAGEABLE_STATUSES } from "@/server/referrals/triage-referral";
import { availableRttOutcomes } from "@/server/referrals/rtt/record-rtt-outcome";
import { clockFromReferral } from "@/server/referrals/rtt/rtt-clock";
import { rttCodeLabel } from "@/server/referrals/rtt/rtt-codes";
import { formatCalendarDate, formatDateTime, formatShortDate } from "@/server/platform/time/london";
import { InviteButton } from "../../invitations/invitation-forms";
import { RttOutcomeForm } from "./rtt-outcome-form";
import { RttStatus } from "./rtt-status";

export const metadata: Metadata = { title: "Referral" };

export default async function StaffReferralPage({ params }: { params: Promise<{ referralId: string }> }) {
  const staff = await requireStaff();
  const { referralId } = await params;
  const loaded = await loadStaffReferral(db(), referralId);
  if (!loaded) notFound();
  const { referral: r, audit } = loaded;
  const patientName = `${r.patient.givenName} ${r.patient.familyName}`;
  // Clinical decisions (triage, RTT outcomes) are for clinicians; clerks see the result.
  const clinical = staff.role === "CLINICIAN" || staff.role === "ADMIN";
  const missed = r.appointments.filter((a) => a.status === "DID_NOT_ATTEND" || a.status === "WAS_NOT_BROUGHT");
  const outcomes = availableRttOutcomes(clockFromReferral(r), missed.length > 0);
  return (
    <>
      <BackLink href="/staff/referrals">Back to referrals</BackLink>
      <span className="nhsuk-caption-l">Referral to {r.service.name}</span>
      <h1>{patientName}</h1>
      <p>
        <Tag colour="blue">{staffStatusLabel[r.status]}</Tag>
      </p>
      {clinical && TRIAGEABLE_STATUSES.includes(r.status) && <Button href={`/staff/triage/${r.service.id}/${r.id}`}>Triage this referral</Button>}
      {r.status === "ACCEPTED" && (staff.role === "BOOKING_CLERK" || staff.role === "ADMIN") && (
        <div className="nhsuk-u-margin-bottom-5">
          <InviteButton referralId={r.id} context={`to ${patientName} to book ${r.service.name}`} />
        </div>
      )}
      <SummaryList
        rows={[
          { key: "NHS number", value: formatNhsNumber(r.patient.nhsNumber) },
          { key: "Date of birth", value: formatCalendarDate(r.patient.dateOfBirth) },
          { key: "Postcode", value: r.patient.postcode },
          { key: "Service", value: r.originalService ? `${r.service.name} (redirected from ${r.originalService.name})` : r.service.name },
          { key: "Priority", value: `${priorityLabel[r.priority]}${r.clinicalPriority ? `, surgical priority ${surgicalPriorityLabel[r.clinicalPriority]}` : ""}` },
          { key: "Received", value: formatDateTime(r.receivedAt) },
          { key: "Source", value: sourceLabel[r.source] },
          { key: "Referrer", value: [r.referrerName, r.referrerOrgCode, r.referrerEmail].filter(Boolean).join(", ") },
          { key: "Reason", value: r.reason },
          ...(r.ubrn ? [{ key: "UBRN", value: r.ubrn }] : []),
          { key: "Pathway ID", value: r.pathwayId },
          ...(r.bookingReference ? [{ key: "Booking reference", value: r.bookingReference }] : []),
          ...(r.triagedAt ? [{ key: "Triaged", value: formatDateTime(r.triagedAt) }] : []),
          ...(r.rejectionReason ? [{ key: "Reason for rejection", value: r.rejectionReason }] : r.triageNote ? [{ key: "Triage note", value: r.triageNote }] : []),
        ]}
      />

      <h2 className="nhsuk-heading-m">RTT clock</h2>
      <RttStatus referral={r} />
      <Table
        caption="RTT statuses recorded"
        captionSize="s"
        head={["Date", "Status", "Note"]}
        rows={r.rttEvents.map((e) => [formatShortDate(e.occurredAt), `${e.code}: ${rttCodeLabel(e.code)}`, e.note ?? ""])}
      />
      {clinical && outcomes.length > 0 && (
        <RttOutcomeForm
          referralId={r.id}
          outcomes={outcomes}
          missedAppointments={missed.map((a) => ({ value: a.id, text: `${formatDateTime(a.startsAt)}, ${a.appointmentType.name}` }))}
        />
      )}

      <h2 className="nhsuk-heading-m">History</h2>
      <Table
        caption="Everything recorded about this referral, oldest first"
        captionSize="s"
        head={["When", "Who", "What"]}
        rows={audit.map((a) => [formatDateTime(a.occurredAt), a.actorLabel, auditActionLabel(a.action)])}
      />
      {audit.length === 0 && <p>Nothing has been recorded about this referral in Front Door yet (it came with the trust&apos;s existing records).</p>}
    </>
  );
}
