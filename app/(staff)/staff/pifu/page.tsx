import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import {
  PIFU_LIST_VIEWS,
  decodeCursor,
  encodeCursor,
  endActionLabel,
  listPifuPathways,
  londonDaysBetween,
  pifuLastDay,
  pifuListCounts,
  pifuServiceChoices,
  type PifuListView,
} from "@/server/pifu";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatShortDate } from "@/server/platform/time/london";
import { PifuNav } from "./_components/pifu-nav";
import { ServiceFilter } from "./_components/service-filter";

export const metadata: Metadata = { title: "Patients on PIFU" };

type Props = { searchParams: Promise<{ view?: string; service?: string; after?: string; started?: string }> };

export default async function PifuListPage({ searchParams }: Props) {
  await requireStaff("CLINICIAN", "BOOKING_CLERK");
  const query = await searchParams;
  const view: PifuListView = query.view === "ending" || query.view === "overdue" || query.view === "review" ? query.view : "all";
  const serviceId = query.service && isUuid(query.service) ? query.service : undefined;
  const now = new Date();
  const [page, counts, services] = await Promise.all([
    listPifuPathways(db(), { view, serviceId, after: decodeCursor(query.after), now }),
    pifuListCounts(db(), { serviceId, now }),
    pifuServiceChoices(db()),
  ]);
  const link = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries({ view, service: serviceId, ...params }).filter((e): e is [string, string] => Boolean(e[1]) && e[1] !== "all"));
    return `/staff/pifu${search.size ? `?${search}` : ""}`;
  };
  return (
    <>
      {query.started && <NotificationBanner success>The patient is on patient-initiated follow-up. Their information and the GP&apos;s copy are on their way.</NotificationBanner>}
      <PifuNav current="/staff/pifu" />
      <h1>Patients on PIFU</h1>
      <ul className="nhsuk-list" style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }} aria-label="Views">
        {(Object.keys(PIFU_LIST_VIEWS) as PifuListView[]).map((v) => (
          <li key={v}>
            <a href={link({ view: v, after: undefined })} aria-current={v === view ? "page" : undefined}>
              {v === view ? <strong>{PIFU_LIST_VIEWS[v]}</strong> : PIFU_LIST_VIEWS[v]} ({counts[v].toLocaleString("en-GB")})
            </a>
          </li>
        ))}
      </ul>
      <ServiceFilter action="/staff/pifu" services={services} selected={serviceId} extra={view === "all" ? {} : { view }} />
      <Table
        caption={PIFU_LIST_VIEWS[view]}
        captionSize="m"
        head={["Patient", "Service", "Period ends", "Days left", "Last contact", "Requests", <span key="a" className="nhsuk-u-visually-hidden">Actions</span>]}
        numericColumns={[3]}
        rows={
          page.rows.length === 0
            ? [["Nobody in this view", "", "", "", "", "", ""]]
            : page.rows.map((row) => {
                const open = row.requests[0];
                return [
                  <span key="p">
                    <a href={`/staff/patients/${row.patient.id}`}>{staffPatientName(row.patient)}</a>
                    <br />
                    <span className="nhsuk-body-s">{formatNhsNumber(row.patient.nhsNumber)}</span>
                  </span>,
                  row.service.name,
                  row.endsAt ? `${formatShortDate(pifuLastDay(row.endsAt))}, then ${endActionLabel[row.endAction].toLowerCase()}` : "Open-ended",
                  row.endsAt ? String(Math.max(0, londonDaysBetween(now, row.endsAt))) : "",
                  row.lastContactAt ? formatShortDate(row.lastContactAt) : "",
                  open ? (
                    <span key="r">
                      Open {row.overdue && <Tag colour="red">Overdue</Tag>}
                    </span>
                  ) : (
                    "None"
                  ),
                  row.status === "REVIEW_DUE" ? (
                    <a key="a" href={`/staff/pifu/start/${row.referralId}`}>
                      Review: start a new period<span className="nhsuk-u-visually-hidden"> for {staffPatientName(row.patient)}</span>
                    </a>
                  ) : open ? (
                    <a key="a" href={`/staff/pifu/requests/${open.id}`}>
                      Decide the request<span className="nhsuk-u-visually-hidden"> from {staffPatientName(row.patient)}</span>
                    </a>
                  ) : (
                    <a key="a" href={`/staff/pifu/${row.id}/phone-request`}>
                      Log a phone request<span className="nhsuk-u-visually-hidden"> for {staffPatientName(row.patient)}</span>
                    </a>
                  ),
                ];
              })
        }
      />
      <p>
        {query.after && <a href={link({ after: undefined })}>First page</a>}
        {query.after && page.next && " · "}
        {page.next && <a href={link({ after: encodeCursor(page.next) })}>Next page</a>}
      </p>
    </>
  );
}
