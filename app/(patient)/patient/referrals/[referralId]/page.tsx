import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePatient } from "@/server/auth/guards";
import { db } from "@/server/db/client";
import { findPatientReferral } from "@/server/referrals/patient-referral";
import { referralStatusColour, referralStatusLabel } from "@/server/referrals/status-labels";
import { formatShortDate } from "@/server/time/london";

export const metadata: Metadata = { title: "Your referral" };

export default async function PatientReferralPage({ params }: { params: Promise<{ referralId: string }> }) {
  const patient = await requirePatient();
  const { referralId } = await params;
  const referral = await findPatientReferral(db(), patient.patientId, referralId);
  if (!referral) notFound();
  return (
    <>
      <a className="nhsuk-back-link" href="/patient">Back to your referrals and appointments</a>
      <span className="nhsuk-caption-l">Your referral</span>
      <h1>{referral.service.name}</h1>
      <p>
        <strong className={`nhsuk-tag nhsuk-tag--${referralStatusColour[referral.status]}`}>{referralStatusLabel[referral.status]}</strong>
      </p>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Received</dt>
          <dd className="nhsuk-summary-list__value">{formatShortDate(referral.receivedAt)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Referred by</dt>
          <dd className="nhsuk-summary-list__value">{referral.referrerName}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Reason</dt>
          <dd className="nhsuk-summary-list__value">{referral.reason}</dd>
        </div>
      </dl>
      <h2 className="nhsuk-heading-m">Questions about this referral</h2>
      <p>Call {referral.service.name} on {referral.service.contactPhone}.</p>
    </>
  );
}
