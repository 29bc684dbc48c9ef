import type { Metadata } from "next";
import { CommunicationNeedsTags } from "@/components/communication-needs-tags";
import { Pagination } from "@/components/pagination";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import type { WorklistTaskKind } from "@/server/platform/db/generated/enums";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { formatDateTime } from "@/server/platform/time/london";
import { listOpenTasks, requestLines, worklistKindLabel } from "@/server/worklists/open-tasks";

export const metadata: Metadata = { title: "Worklist" };
export const dynamic = "force-dynamic";

/** The booking centre's open tasks, soonest due first, each with the patient's communication needs flagged. */
export default async function WorklistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff("BOOKING_CLERK");
  const now = new Date();
  const params = await searchParams;
  const kind = typeof params.kind === "string" && params.kind in worklistKindLabel ? (params.kind as WorklistTaskKind) : undefined;
  const requestedPage = typeof params.page === "string" ? Number.parseInt(params.page, 10) : 1;
  const { tasks, total, page, pageCount } = await listOpenTasks(db(), { kind, page: Number.isFinite(requestedPage) ? requestedPage : 1 });
  const pageHref = (n: number) => `/staff/worklist?${new URLSearchParams({ ...(kind ? { kind } : {}), page: String(n) })}`;
  return (
    <>
      <h1>{kind ? `Worklist: ${worklistKindLabel[kind].toLowerCase()}` : "Worklist"}</h1>
      <p>Open tasks, the soonest due first. Patients who found no suitable time online are waiting for a call.</p>
      <nav aria-label="Show tasks of one kind">
        <ul className="nhsuk-list nhsuk-u-font-size-16">
          <li>{kind ? <a href="/staff/worklist">All open tasks</a> : <strong>All open tasks</strong>}</li>
          {(Object.keys(worklistKindLabel) as WorklistTaskKind[]).map((k) => (
            <li key={k}>{k === kind ? <strong>{worklistKindLabel[k]}</strong> : <a href={`/staff/worklist?kind=${k}`}>{worklistKindLabel[k]}</a>}</li>
          ))}
        </ul>
      </nav>
      {tasks.length === 0 ? (
        <p>{page > 1 ? "There are no more open tasks." : "There are no open tasks."}</p>
      ) : (
        <Table
          caption={`${total} open task${total === 1 ? "" : "s"}${pageCount > 1 ? ` (page ${page} of ${pageCount})` : ""}`}
          head={["Patient", "Task", "Communication needs", "Due"]}
          rows={tasks.map((task) => [
            <>
              <strong>{`${task.patient.givenName} ${task.patient.familyName}`}</strong>
              <br />
              <span className="nhsuk-body-s">{`NHS number ${formatNhsNumber(task.patient.nhsNumber)}`}</span>
            </>,
            <>
              <Tag colour={task.kind === "APPOINTMENT_SLOT_ISSUE" ? "orange" : "blue"}>{worklistKindLabel[task.kind]}</Tag>
              <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-1">{task.summary}</p>
              {task.service && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{task.service.name}</p>}
              {requestLines(task.details).map((line) => (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1" key={line}>
                  {line}
                </p>
              ))}
            </>,
            <CommunicationNeedsTags key="needs" patient={task.patient} none="None recorded" />,
            task.dueBy ? (
              <>
                {formatDateTime(task.dueBy)}
                {task.dueBy.getTime() < now.getTime() && (
                  <>
                    <br />
                    <Tag colour="red">Overdue</Tag>
                  </>
                )}
              </>
            ) : (
              "No date"
            ),
          ])}
        />
      )}
      <Pagination
        previous={page > 1 ? { href: pageHref(page - 1) } : undefined}
        next={page < pageCount ? { href: pageHref(page + 1) } : undefined}
      />
    </>
  );
}
