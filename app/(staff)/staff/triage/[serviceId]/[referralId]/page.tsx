import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { SummaryList } from "@/components/summary-list";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { priorityLabel, sourceLabel, staffStatusLabel, surgicalPriorityLabel } from "@/server/referrals/staff-labels";
import { TRIAGEABLE_STATUSES } from "@/server/referrals/triage-referral";
import { loadReferralForTriage } from "@/server/referrals/triage-worklist";
import { formatCalendarDate, formatDateTime } from "@/server/platform/time/london";
import { TriageForm } from "./triage-form";

export const metadata: Metadata = { title: "Triage a referral" };

const SURGICAL = ["P1A", "P1B", "P2", "P3", "P4"] as const;

const OUTCOMES = ["ACCEPT", "REJECT", "REDIRECT", "ADVICE_AND_GUIDANCE"] as const;

/**
 * Two questions, one page each (and no JavaScript needed): first the decision, as
 * a GET form that puts it in the address (?outcome=ACCEPT), then what that
 * decision needs.
 */
export default async function TriageReferralPage({
  params,
  searchParams,
}: {
  params: Promise<{ serviceId: string; referralId: string }>;
  searchParams: Promise<{ outcome?: string; missing?: string }>;
}) {
  await requireStaff("CLINICIAN");
  const { serviceId, referralId } = await params;
  const query = await searchParams;
  const outcome = OUTCOMES.find((o) => o === query.outcome);
  const loaded = await loadReferralForTriage(db(), referralId);
  if (!loaded) notFound();
  const { referral: r, otherServices, appointmentTypes } = loaded;
  // The referral may have moved service since the link was made.
  if (r.serviceId !== serviceId) redirect(`/staff/triage/${r.serviceId}/${r.id}`);
  const triageable = TRIAGEABLE_STATUSES.includes(r.status);
  return (
    <>
      <BackLink href={`/staff/triage/${r.serviceId}`}>Back to the {r.service.name} worklist</BackLink>
      <span className="nhsuk-caption-l">Triage: {r.service.name}</span>
      <h1>
        {r.patient.givenName} {r.patient.familyName}
      </h1>
      <SummaryList
        rows={[
          { key: "NHS number", value: formatNhsNumber(r.patient.nhsNumber) },
          { key: "Date of birth", value: formatCalendarDate(r.patient.dateOfBirth) },
          { key: "Received", value: formatDateTime(r.receivedAt) },
          { key: "Referrer's priority", value: priorityLabel[r.priority] },
          { key: "Referred by", value: r.referrerName },
          { key: "Source", value: sourceLabel[r.source] },
          ...(r.originalService ? [{ key: "Redirected from", value: `${r.originalService.name}${r.triageNote ? `: ${r.triageNote}` : ""}` }] : []),
          { key: "Reason for referral", value: r.reason },
        ]}
      />
      {triageable ? (
        <TriageForm
          outcome={outcome}
          missingOutcome={query.missing === "1"}
          referralId={r.id}
          serviceId={r.serviceId}
          usesSurgicalPriorities={r.service.usesSurgicalPriorities}
          referredPriority={r.priority}
          surgicalPriorities={SURGICAL.map((p) => ({ value: p, label: surgicalPriorityLabel[p] }))}
          services={otherServices.map((s) => ({ value: s.id, text: s.name }))}
          appointmentTypes={appointmentTypes.map((t) => ({ value: t.id, text: t.name }))}
        />
      ) : (
        <InsetText>
          <p>
            This referral has already been triaged: {staffStatusLabel[r.status].toLowerCase()}. <a href={`/staff/referrals/${r.id}`}>See the referral</a>.
          </p>
        </InsetText>
      )}
    </>
  );
}
