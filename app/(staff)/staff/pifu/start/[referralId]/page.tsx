import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { loadActivationTarget, pifuActivationOptions } from "@/server/pifu";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatShortDate } from "@/server/platform/time/london";
import { DischargeForm } from "./discharge-form";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Start patient-initiated follow-up" };

const STARTABLE = ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU"];

export default async function StartPifuPage({ params }: { params: Promise<{ referralId: string }> }) {
  const staff = await requireStaff("CLINICIAN");
  const { referralId } = await params;
  if (!isUuid(referralId)) notFound();
  const target = await loadActivationTarget(db(), referralId, staff.userId);
  if (!target) notFound();
  const options = await pifuActivationOptions(db(), target.serviceId, target.id);
  const current = target.pifuPathways[0];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/staff/patients/${target.patient.id}`}>Back to {staffPatientName(target.patient)}</BackLink>
        <span className="nhsuk-caption-l">
          {staffPatientName(target.patient)}, {formatNhsNumber(target.patient.nhsNumber)}
        </span>
        <h1>Start patient-initiated follow-up</h1>
        <p>
          {target.service.name}: {target.reason}
        </p>
        <p>
          The patient&apos;s waiting-list entries for this referral close, the RTT status you confirm is recorded, and the patient (by their preferred channel) and their GP
          get the PIFU information.
        </p>
        {current?.status === "ACTIVE" && <InsetText>The patient is already on PIFU for this referral{current.endsAt ? ` until ${formatShortDate(current.endsAt)}` : ""}: starting again replaces it.</InsetText>}
        {current?.status === "REVIEW_DUE" && (
          <>
            <h2 className="nhsuk-heading-m">End-of-period review</h2>
            <p>The PIFU period ended and is waiting for your review: discharge the patient to their GP, or start a new period below.</p>
            <DischargeForm pathwayId={current.id} />
          </>
        )}
        {STARTABLE.includes(target.status) ? (
          <StartForm referralId={target.id} templates={options.templates} suggestedRtt={options.suggestedRtt} />
        ) : (
          <InsetText>This referral is closed or not yet accepted, so the patient cannot be put on PIFU from it.</InsetText>
        )}
      </div>
    </div>
  );
}
