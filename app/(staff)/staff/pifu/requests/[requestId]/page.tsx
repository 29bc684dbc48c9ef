import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { PREFERRED_MODES, answersOf, endActionLabel, loadPifuRequest, pifuLastDay, requestStatusLabel } from "@/server/pifu";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatDateTime, formatShortDate } from "@/server/platform/time/london";
import { CommunicationFlags } from "../../../_components/communication-flags";
import { DecideForm } from "./decide-form";

export const metadata: Metadata = { title: "PIFU request" };

export default async function PifuRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  await requireStaff("CLINICIAN");
  const { requestId } = await params;
  if (!isUuid(requestId)) notFound();
  const request = await loadPifuRequest(db(), requestId);
  if (!request) notFound();
  const overdue = request.status === "OPEN" && request.dueAt < new Date();
  const { pathway } = request;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/staff/pifu/requests">Back to PIFU requests</BackLink>
        <span className="nhsuk-caption-l">
          {staffPatientName(request.patient)}, {formatNhsNumber(request.patient.nhsNumber)}
        </span>
        <h1>PIFU request: {request.service.name}</h1>
        <CommunicationFlags patient={request.patient} />
        <p>
          <Tag colour={request.status === "OPEN" ? (overdue ? "red" : "blue") : "grey"}>{overdue ? "Overdue" : requestStatusLabel[request.status]}</Tag>
        </p>
        <SummaryList
          rows={[
            { key: "Asked", value: `${formatDateTime(request.requestedAt)} (${request.source === "PHONE" ? "by phone" : "online"})` },
            { key: "Answer by", value: formatDateTime(request.dueAt) },
            { key: "Would like to be seen", value: request.preferredMode ? PREFERRED_MODES[request.preferredMode] : "Not said" },
            { key: "What has changed", value: request.details },
            ...answersOf(request.answers).map((a) => ({ key: a.question, value: a.answer || "Not answered" })),
            { key: "Referral", value: <a href={`/staff/referrals/${pathway.referralId}`}>{pathway.referral.reason}</a> },
            {
              key: "On PIFU",
              value: `Since ${formatShortDate(pathway.startsAt)}${pathway.endsAt ? `, until ${formatShortDate(pifuLastDay(pathway.endsAt))}` : ", open-ended"}; then ${endActionLabel[pathway.endAction].toLowerCase()}. Clinician: ${pathway.clinician.name}`,
            },
            { key: "Trigger symptoms", value: pathway.triggerSymptoms },
            ...(pathway.personalNotes ? [{ key: "Notes to the patient", value: pathway.personalNotes }] : []),
            ...(request.decisionNote ? [{ key: "Told the patient", value: request.decisionNote }] : []),
          ]}
        />
        {request.status === "OPEN" ? (
          <DecideForm requestId={request.id} />
        ) : (
          <InsetText>
            Decided {request.decidedAt ? formatDateTime(request.decidedAt) : ""}: {requestStatusLabel[request.status].toLowerCase()}.
          </InsetText>
        )}
      </div>
    </div>
  );
}
