import type { Metadata } from "next";
import { Button } from "@/components/button";
import { Pagination } from "@/components/pagination";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { priorityLabel, staffStatusLabel } from "@/server/referrals/staff-labels";
import { listServices, REFERRAL_STATUSES, referralSearchSchema, searchReferrals, type ReferralSearch } from "@/server/referrals/staff-referral-search";
import { clockFromReferral, computeRttWait } from "@/server/referrals/rtt/rtt-clock";
import { formatShortDate } from "@/server/platform/time/london";

export const metadata: Metadata = { title: "Referrals" };

export default async function StaffReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff();
  const raw = await searchParams;
  const search = referralSearchSchema.parse({ q: first(raw.q), serviceId: first(raw.serviceId), status: first(raw.status), after: first(raw.after), before: first(raw.before) });
  const [services, result] = await Promise.all([listServices(db()), searchReferrals(db(), search)]);
  const now = new Date();
  const total = `${result.totalIsCapped ? "more than " : ""}${result.total.toLocaleString("en-GB")}`;
  return (
    <>
      <h1>Referrals</h1>
      <div className="nhsuk-button-group">
        <Button href="/staff/referrals/new">Add a referral</Button>
        <Button href="/staff/referrals/import" variant="secondary">
          Import a CSV worklist
        </Button>
      </div>
      <form method="get" action="/staff/referrals" role="search" aria-label="Find referrals">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput id="q" name="q" label="NHS number, name, UBRN or reference" defaultValue={search.q ?? ""} spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Select id="serviceId" name="serviceId" label="Service" defaultValue={search.serviceId ?? ""} options={[{ value: "", text: "All services" }, ...services.map((s) => ({ value: s.id, text: s.name }))]} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Select id="status" name="status" label="Status" defaultValue={search.status ?? ""} options={[{ value: "", text: "All statuses" }, ...REFERRAL_STATUSES.map((s) => ({ value: s, text: staffStatusLabel[s] }))]} />
          </div>
        </div>
        <Button variant="secondary">Search</Button>
      </form>

      <p aria-live="polite">
        {result.rows.length === 0 ? "No referrals match." : `Showing ${result.rows.length} of ${total} referrals`}
      </p>
      {result.rows.length > 0 && (
        <Table
          caption="Referrals, most recently received first"
          captionSize="s"
          head={["Patient", "Service", "Received", "Priority", "Status", "Weeks waited"]}
          numericColumns={[5]}
          rows={result.rows.map((r) => {
            const wait = r.rttClockStopAt ? null : computeRttWait(clockFromReferral(r), now);
            return [
              <>
                <a href={`/staff/referrals/${r.id}`}>
                  {r.patient.familyName.toUpperCase()}, {r.patient.givenName}
                </a>
                <br />
                <span className="nhsuk-body-s">{formatNhsNumber(r.patient.nhsNumber)}</span>
              </>,
              r.service.name,
              formatShortDate(r.receivedAt),
              priorityLabel[r.priority],
              <Tag key="status" colour="white">{staffStatusLabel[r.status]}</Tag>,
              wait ? String(wait.weeksWaited) : "–",
            ];
          })}
        />
      )}
      <Pagination
        previous={result.previous ? { href: pageHref(search, { before: result.previous }) } : undefined}
        next={result.next ? { href: pageHref(search, { after: result.next }) } : undefined}
      />
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pageHref(search: ReferralSearch, cursor: { after: string } | { before: string }): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.serviceId) params.set("serviceId", search.serviceId);
  if (search.status) params.set("status", search.status);
  for (const [key, value] of Object.entries(cursor)) params.set(key, value);
  return `/staff/referrals?${params}`;
}
