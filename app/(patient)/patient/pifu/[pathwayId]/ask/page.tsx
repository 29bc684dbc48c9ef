import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requirePatient } from "@/server/identity/guards";
import { canAsk, patientPifuPathway } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { askForAppointmentAction } from "./actions";
import { AskForm } from "@/app/_pifu/ask-form";

export const metadata: Metadata = { title: "Ask for an appointment" };

export default async function AskForAppointmentPage({ params }: { params: Promise<{ pathwayId: string }> }) {
  const patient = await requirePatient();
  const { pathwayId } = await params;
  if (!isUuid(pathwayId)) notFound();
  const pathway = await patientPifuPathway(db(), patient.patientId, pathwayId);
  if (!pathway) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/patient/pifu/${pathway.id}`}>Back to your follow-up</BackLink>
        <span className="nhsuk-caption-l">{pathway.service.name}</span>
        <h1>Ask for an appointment</h1>
        {canAsk(pathway, new Date()) ? (
          <>
            <p>A clinician will read your answers and we will tell you what happens next within {pathway.responseWorkingDays} working days.</p>
            <InsetText>If you feel very unwell or your symptoms get suddenly worse, call 111, or 999 in an emergency. Do not wait for us to reply.</InsetText>
            <AskForm pathwayId={pathway.id} questions={pathway.questions} triggerSymptoms={`Get in touch if: ${pathway.triggerSymptoms}`} action={askForAppointmentAction} />
          </>
        ) : (
          <InsetText>
            {pathway.requests.some((r) => r.status === "OPEN")
              ? "We already have a request from you and a clinician will look at it. You can see it on your follow-up page."
              : `This follow-up has ended. Contact your GP, or call ${pathway.service.contactPhone}.`}
          </InsetText>
        )}
      </div>
    </div>
  );
}
