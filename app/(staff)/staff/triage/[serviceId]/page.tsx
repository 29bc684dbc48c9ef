import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { NotificationBanner } from "@/components/notification-banner";
import { Pagination } from "@/components/pagination";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { priorityLabel } from "@/server/referrals/staff-labels";
import { triageWorklist } from "@/server/referrals/triage-worklist";
import { formatShortDate } from "@/server/platform/time/london";
import { isUuid } from "@/server/platform/forms/uuid";

export const metadata: Metadata = { title: "Triage worklist" };

export default async function TriageWorklistPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ page?: string; done?: string }> }) {
  await requireStaff("CLINICIAN");
  const { serviceId } = await params;
  const { page: pageParam, done } = await searchParams;
  if (!isUuid(serviceId)) notFound();
  const service = await db().service.findUnique({ where: { id: serviceId }, select: { id: true, name: true } });
  if (!service) notFound();
  const page = Math.max(1, Number(pageParam) || 1);
  const list = await triageWorklist(db(), service.id, page);
  return (
    <>
      <BackLink href="/staff/triage">Back to triage</BackLink>
      {done && (
        <NotificationBanner success>Triage decision recorded. The patient will be told.</NotificationBanner>
      )}
      <span className="nhsuk-caption-l">Triage</span>
      <h1>{service.name}</h1>
      <p>{list.total === 0 ? "No referrals are waiting for triage." : `${list.total.toLocaleString("en-GB")} referrals waiting, most urgent and longest waiting first.`}</p>
      {list.total > 0 && (
        <Table
          caption="Referrals awaiting triage"
          captionSize="s"
          head={["Patient", "Priority", "Received", "Referrer", "Reason"]}
          rows={list.rows.map((r) => [
            <>
              <a href={`/staff/triage/${service.id}/${r.id}`}>
                {r.patient.familyName.toUpperCase()}, {r.patient.givenName}
              </a>
              <br />
              <span className="nhsuk-body-s">{formatNhsNumber(r.patient.nhsNumber)}</span>
            </>,
            <>
              <Tag colour={r.priority === "ROUTINE" ? "white" : "red"}>{priorityLabel[r.priority]}</Tag>
              {r.status === "REDIRECTED" && (
                <>
                  <br />
                  <span className="nhsuk-body-s">Redirected from {r.originalService?.name ?? "another service"}</span>
                </>
              )}
            </>,
            formatShortDate(r.receivedAt),
            r.referrerName,
            r.reason.length > 120 ? `${r.reason.slice(0, 117)}…` : r.reason,
          ])}
        />
      )}
      <Pagination
        previous={list.page > 1 ? { href: `/staff/triage/${service.id}?page=${list.page - 1}`, label: `${list.page - 1} of ${list.pageCount}` } : undefined}
        next={list.page < list.pageCount ? { href: `/staff/triage/${service.id}?page=${list.page + 1}`, label: `${list.page + 1} of ${list.pageCount}` } : undefined}
      />
    </>
  );
}
