import type { Metadata } from "next";
import { CommunicationNeedsTags } from "@/components/communication-needs-tags";
import { Pagination } from "@/components/pagination";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { db } from "@/server/platform/db/client";
import { formatCalendarDate, formatDateTime, formatShortDate } from "@/server/platform/time/london";
import { countByBand, filterParams, listWaiting, priorityLabel, validationStatusLabel, waitingListFilterSchema, type WaitingListRow } from "@/server/waiting-list";
import { FiltersForm } from "./filters-form";

export const metadata: Metadata = { title: "Waiting list" };
export const dynamic = "force-dynamic";

/** Every open pathway waiting, in turn: clinical priority, then the longest wait. */
export default async function WaitingListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const now = new Date();
  const params = await searchParams;
  const filters = waitingListFilterSchema.parse(params);
  const [services, page, counts] = await Promise.all([
    db().service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listWaiting(db(), filters, params.after, now),
    countByBand(db(), filters, now),
  ]);
  const query = filterParams(filters);
  const href = (extra: Record<string, string>) => `/staff/waiting-list?${new URLSearchParams({ ...query, ...extra })}`;
  const { band: _band, ...withoutBand } = query;
  return (
    <>
      <h1>Waiting list</h1>
      <p>
        Every open pathway waiting for a first appointment or a follow-up, in turn: clinical priority first, then the longest wait. Treat patients in this order;
        book out of turn only for a reason.
      </p>
      <FiltersForm filters={filters} services={services} />
      <Table
        caption={`Open pathways by weeks waited: ${counts.total.toLocaleString("en-GB")} in all`}
        captionSize="s"
        responsive={false}
        head={counts.bands.map((band) => band.label)}
        rows={[
          counts.bands.map((band) =>
            band.key === filters.band ? (
              <strong key={band.key}>{band.count.toLocaleString("en-GB")}</strong>
            ) : (
              <a key={band.key} href={`/staff/waiting-list?${new URLSearchParams({ ...withoutBand, band: band.key })}`}>
                {band.count.toLocaleString("en-GB")}
                <span className="nhsuk-u-visually-hidden"> waiting {band.label}</span>
              </a>
            ),
          ),
        ]}
        numericColumns={counts.bands.map((_, index) => index)}
      />
      <p className="nhsuk-body-s">
        <a href={`/staff/waiting-list/export?${new URLSearchParams(query)}`} download>
          Download this list as CSV
        </a>
        {" · "}
        <a href="/staff/waiting-list/wlmds">Weekly Waiting List Minimum Data Set export (CSV)</a>
      </p>
      {page.rows.length === 0 ? (
        <p>{params.after ? "There are no more patients on this list." : "No open pathways match these filters."}</p>
      ) : (
        <Table
          caption={`Positions ${page.firstPosition.toLocaleString("en-GB")} to ${(page.firstPosition + page.rows.length - 1).toLocaleString("en-GB")}`}
          head={["Position", "Patient", "Waiting for", "Priority", "Waited", "Validation", "Status", "Communication needs", "Next action"]}
          numericColumns={[0]}
          rows={page.rows.map((row) => rowCells(row))}
        />
      )}
      <Pagination
        previous={params.after ? { href: href({}), text: "First page" } : undefined}
        next={page.next ? { href: href({ after: page.next }), text: "Next page" } : undefined}
      />
    </>
  );
}

function rowCells(row: WaitingListRow) {
  return [
    row.position.toLocaleString("en-GB"),
    <>
      <a href={`/staff/patients/${row.patient.id}`}>{`${row.patient.familyName.toUpperCase()}, ${row.patient.givenName}`}</a>
      <br />
      <span className="nhsuk-body-s">{`NHS number ${formatNhsNumber(row.patient.nhsNumber)}`}</span>
    </>,
    <>
      {row.kind === "NEW" ? "First appointment" : "Follow-up"}
      <br />
      <span className="nhsuk-body-s">{row.service.name}</span>
      {row.dueBy && (
        <>
          <br />
          <span className="nhsuk-body-s">{`Due by ${formatCalendarDate(row.dueBy)}`}</span>
          {row.followUpOverdue && (
            <>
              {" "}
              <Tag colour="red">Overdue</Tag>
            </>
          )}
        </>
      )}
    </>,
    <>
      {priorityLabel[row.priority]}
      {row.referral.clinicalPriority && <span className="nhsuk-body-s">{` (${row.referral.clinicalPriority})`}</span>}
    </>,
    <>
      {`${row.weeksWaited} week${row.weeksWaited === 1 ? "" : "s"}`}
      <br />
      <span className="nhsuk-body-s">{`since ${formatShortDate(row.waitingSince)}`}</span>
      {row.weeksWaited >= 52 && (
        <>
          <br />
          <Tag colour="red">{row.band.label}</Tag>
        </>
      )}
    </>,
    <>
      <Tag colour={row.validation === "due" ? "orange" : row.validation === "validated" ? "green" : row.validation === "in-progress" ? "blue" : "grey"}>
        {validationStatusLabel[row.validation]}
      </Tag>
      {row.lastValidatedAt && <span className="nhsuk-body-s">{` ${formatShortDate(row.lastValidatedAt)}`}</span>}
    </>,
    row.nextAppointment ? (
      <>
        <a href={`/staff/appointments/${row.nextAppointment.id}`}>Booked</a>
        <br />
        <span className="nhsuk-body-s">{formatDateTime(row.nextAppointment.startsAt)}</span>
      </>
    ) : row.invited && row.inviteExpiresAt ? (
      <>
        <Tag colour="aqua-green">Invited</Tag>
        <br />
        <span className="nhsuk-body-s">{`until ${formatShortDate(row.inviteExpiresAt)}`}</span>
      </>
    ) : (
      "Waiting"
    ),
    <CommunicationNeedsTags key="needs" patient={row.patient} none="None" />,
    row.status === "WAITING" ? <a href={`/staff/patients/${row.patient.id}/book?entry=${row.id}`}>Book<span className="nhsuk-u-visually-hidden">{` ${row.patient.givenName} ${row.patient.familyName}`}</span></a> : "",
  ];
}
