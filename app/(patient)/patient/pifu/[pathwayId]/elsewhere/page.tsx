import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { WarningCallout } from "@/components/warning-callout";
import { requirePatient } from "@/server/identity/guards";
import { patientPifuPathway } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";

export const metadata: Metadata = { title: "Who to contact about something else" };

/** A request about another problem is not for this follow-up: the GP or 111 is the right place. */
export default async function ElsewherePage({ params }: { params: Promise<{ pathwayId: string }> }) {
  const patient = await requirePatient();
  const { pathwayId } = await params;
  if (!isUuid(pathwayId)) notFound();
  const pathway = await patientPifuPathway(db(), patient.patientId, pathwayId);
  if (!pathway) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/patient/pifu/${pathway.id}`}>Back to your follow-up</BackLink>
        <h1>Contact your GP or 111</h1>
        <p>
          Your follow-up with {pathway.service.name} is only for the condition we saw you about. For anything else, contact your GP surgery, or use 111 online or call 111 if
          you need help now.
        </p>
        <WarningCallout heading="Call 999 in an emergency">
          <p>Call 999 or go to A&amp;E if you or someone else is seriously ill or injured and their life is at risk.</p>
        </WarningCallout>
        <p>
          <a href={`/patient/pifu/${pathway.id}/ask`}>It is about my symptoms after all: ask for an appointment</a>
        </p>
      </div>
    </div>
  );
}
