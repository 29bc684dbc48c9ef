import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { accountPaths } from "@/app/_self-booking/flow";
import { HomeSections } from "@/app/_self-booking/home-sections";
import { requirePatient } from "@/server/identity/guards";
import { accountScope } from "@/server/booking/self-service/scope";
import { db } from "@/server/platform/db/client";
import { findPatientReferral, patientWait, patientWaitEstimate, trackerFacts } from "@/server/referrals/patient-referral";
import { buildReferralTimeline, whatHappensNext } from "@/server/referrals/referral-timeline";
import { referralStatusColour, referralStatusLabel } from "@/server/referrals/status-labels";
import { formatShortDate } from "@/server/platform/time/london";
import { patientPifuPathways } from "@/server/pifu";
import { PifuCards } from "../../_components/pifu-cards";
import { ReferralTimeline } from "./referral-timeline";
import { WaitSection } from "./wait-section";

export const metadata: Metadata = { title: "Your referral" };

export default async function PatientReferralPage({ params }: { params: Promise<{ referralId: string }> }) {
  const patient = await requirePatient();
  const { referralId } = await params;
  const referral = await findPatientReferral(db(), patient.patientId, referralId);
  if (!referral) notFound();
  const now = new Date();
  const pifu = await patientPifuPathways(db(), patient.patientId, referral.id);
  const facts = trackerFacts(referral);
  const estimate = referral.status === "ACCEPTED" ? await patientWaitEstimate(db(), referral, now) : null;
  const wait = referral.rttClockStopAt ? null : patientWait(referral, now);
  const backToReferrer = referral.status === "REJECTED" || referral.status === "ADVICE_AND_GUIDANCE";
  return (
    <>
      <BackLink href="/patient">Back to your referrals and appointments</BackLink>
      <span className="nhsuk-caption-l">Your referral</span>
      <h1>{referral.service.name}</h1>
      <p>
        <Tag colour={referralStatusColour[referral.status]}>{referralStatusLabel[referral.status]}</Tag>
      </p>
      <PifuCards pathways={pifu} now={now} />
      {/* Booking for this referral: its follow-ups or first appointment ready to book, and what is booked. */}
      <HomeSections flow={{ kind: "account", scope: { ...accountScope(patient), referralId: referral.id }, paths: accountPaths }} />
      <SummaryList
        rows={[
          { key: "Received", value: formatShortDate(referral.receivedAt) },
          { key: "Referred by", value: referral.referrerName },
          { key: "Reason", value: referral.reason },
          ...(referral.bookingReference && !backToReferrer ? [{ key: "Booking reference", value: referral.bookingReference }] : []),
        ]}
      />

      <h2 className="nhsuk-heading-m">Where your referral is</h2>
      <ReferralTimeline steps={buildReferralTimeline(facts)} />

      {wait && <WaitSection serviceName={referral.service.name} wait={wait} estimate={estimate} />}

      <h2 className="nhsuk-heading-m">What happens next</h2>
      {whatHappensNext(facts).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h2 className="nhsuk-heading-m">Questions about this referral</h2>
      {backToReferrer ? (
        <p>Your referral has gone back to {referral.referrerName}: speak to them first. You can also call {referral.service.name} on {referral.service.contactPhone}.</p>
      ) : (
        <p>
          Call {referral.service.name} on {referral.service.contactPhone}
          {referral.service.contactEmail ? <>, or email <a href={`mailto:${referral.service.contactEmail}`}>{referral.service.contactEmail}</a></> : null}.
        </p>
      )}
      <InsetText>If you feel very unwell or your symptoms get suddenly worse, call 111, or 999 in an emergency.</InsetText>
    </>
  );
}
