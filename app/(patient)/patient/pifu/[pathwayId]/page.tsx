import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { WarningCallout } from "@/components/warning-callout";
import { requirePatient } from "@/server/identity/guards";
import { canAsk, patientPifuPathway, pifuLastDay } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatDate } from "@/server/platform/time/london";
import { PifuRequestStatus } from "../../_components/pifu-request-status";

export const metadata: Metadata = { title: "Your patient-initiated follow-up" };

export default async function PatientPifuPage({ params, searchParams }: { params: Promise<{ pathwayId: string }>; searchParams: Promise<{ asked?: string }> }) {
  const patient = await requirePatient();
  const [{ pathwayId }, { asked }] = await Promise.all([params, searchParams]);
  if (!isUuid(pathwayId)) notFound();
  const pathway = await patientPifuPathway(db(), patient.patientId, pathwayId);
  if (!pathway) notFound();
  const now = new Date();
  const live = pathway.status === "ACTIVE";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/patient/referrals/${pathway.referralId}`}>Back to your referral</BackLink>
        {asked && <NotificationBanner success>We have your request. A clinician will look at it.</NotificationBanner>}
        <span className="nhsuk-caption-l">{pathway.service.name}</span>
        <h1>Your patient-initiated follow-up</h1>
        {live ? (
          <p>
            You do not have a routine follow-up appointment. Instead, you can ask us for one
            {pathway.endsAt ? ` until ${formatDate(pifuLastDay(pathway.endsAt))}` : ""} if your symptoms change. We will respond within {pathway.responseWorkingDays} working days.
          </p>
        ) : (
          <p>This follow-up has ended. If your symptoms come back, contact your GP.</p>
        )}
        <h2 className="nhsuk-heading-m">Get in touch if</h2>
        <p>{pathway.triggerSymptoms}</p>
        {pathway.personalNotes && (
          <>
            <h2 className="nhsuk-heading-s">Your clinician adds</h2>
            <p>{pathway.personalNotes}</p>
          </>
        )}
        <WarningCallout heading="Call 111 or 999 instead">
          <p>{pathway.safetyNetting || "If you feel very unwell or your symptoms get suddenly worse, call 111, or 999 in an emergency."}</p>
        </WarningCallout>
        <h2 className="nhsuk-heading-m">How to ask</h2>
        <p>
          {pathway.howToContact}. Call {pathway.service.name} on {pathway.service.contactPhone}.
        </p>
        {canAsk(pathway, now) && <Button href={`/patient/pifu/${pathway.id}/ask`}>Ask for an appointment</Button>}
        {pathway.requests.length > 0 && (
          <>
            <h2 className="nhsuk-heading-m">Your requests</h2>
            <ul className="nhsuk-list">
              {pathway.requests.map((request) => (
                <li key={request.id}>
                  <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Request of {formatDate(request.requestedAt)}</h3>
                  <PifuRequestStatus request={request} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
