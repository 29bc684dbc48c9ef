import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { AskForm } from "@/app/_pifu/ask-form";
import { requireStaff } from "@/server/identity/guards";
import { loadPifuPathwayForStaff } from "@/server/pifu";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { logPhoneRequestAction } from "./actions";

export const metadata: Metadata = { title: "Log a PIFU request taken by phone" };

export default async function PhoneRequestPage({ params }: { params: Promise<{ pathwayId: string }> }) {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const { pathwayId } = await params;
  if (!isUuid(pathwayId)) notFound();
  const pathway = await loadPifuPathwayForStaff(db(), pathwayId);
  if (!pathway) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/staff/pifu">Back to patients on PIFU</BackLink>
        <span className="nhsuk-caption-l">
          {staffPatientName(pathway.patient)}, {formatNhsNumber(pathway.patient.nhsNumber)}
        </span>
        <h1>Log a request taken by phone</h1>
        <p>{pathway.service.name}</p>
        {pathway.status !== "ACTIVE" ? (
          <InsetText>This PIFU pathway has ended: a request cannot be logged on it.</InsetText>
        ) : pathway.requests.length > 0 ? (
          <InsetText>
            This patient already has a request waiting: <a href={`/staff/pifu/requests/${pathway.requests[0]!.id}`}>see the request</a>.
          </InsetText>
        ) : (
          <AskForm pathwayId={pathway.id} questions={pathway.questions} triggerSymptoms={`Trigger symptoms: ${pathway.triggerSymptoms}`} action={logPhoneRequestAction} forStaff />
        )}
      </div>
    </div>
  );
}
