import type { Metadata } from "next";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { CommunicationNeedsTags } from "@/components/communication-needs-tags";
import { Pagination } from "@/components/pagination";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import type { WorklistTaskKind } from "@/server/platform/db/generated/enums";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { formatDateTime } from "@/server/platform/time/london";
import { countOpenTasksByKind, listOpenTasks, parseWorklistFilters, requestLines, worklistKindLabel, worklistKindWhy, type OpenTask } from "@/server/worklists";

export const metadata: Metadata = { title: "Worklist" };
export const dynamic = "force-dynamic";

/** The open tasks, the soonest due first, filtered by kind, service, who has them and overdue; each row says why and links to the work. */
export default async function WorklistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const now = new Date();
  const filters = parseWorklistFilters(await searchParams, isUuid);
  const [{ tasks, total, page, pageCount }, counts, services] = await Promise.all([
    listOpenTasks(db(), filters, now),
    countOpenTasksByKind(db(), now),
    db().service.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const query = (extra: Record<string, string>) =>
    `/staff/worklist?${new URLSearchParams({
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.serviceId ? { service: filters.serviceId } : {}),
      ...(filters.assignee ? { assignee: filters.assignee } : {}),
      ...(filters.overdue ? { overdue: "1" } : {}),
      ...extra,
    })}`;
  return (
    <>
      <h1>{filters.kind ? `Worklist: ${worklistKindLabel[filters.kind].toLowerCase()}` : "Worklist"}</h1>
      <p>Open tasks, the soonest due first. Take a task, work it, and complete it with what was done; tasks close themselves when their cause is resolved.</p>
      <Table
        caption="Open tasks by kind"
        head={["Kind", "Open", "Overdue"]}
        rows={counts
          .filter((c) => c.open > 0)
          .map((c) => [<a key="k" href={`/staff/worklist?kind=${c.kind}`}>{worklistKindLabel[c.kind]}</a>, String(c.open), c.overdue > 0 ? <Tag key="o" colour="red">{`${c.overdue} overdue`}</Tag> : "0"])}
      />
      <form method="get" action="/staff/worklist" className="nhsuk-u-margin-bottom-4">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <Select id="kind" name="kind" label="Kind" defaultValue={filters.kind ?? ""} options={[{ value: "", text: "Any kind" }, ...(Object.keys(worklistKindLabel) as WorklistTaskKind[]).map((k) => ({ value: k, text: worklistKindLabel[k] }))]} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Select id="service" name="service" label="Service" defaultValue={filters.serviceId ?? ""} options={[{ value: "", text: "Any service" }, ...services.map((s) => ({ value: s.id, text: s.name }))]} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Select
              id="assignee"
              name="assignee"
              label="Assigned to"
              defaultValue={filters.assignee ?? ""}
              options={[{ value: "", text: "Anyone" }, { value: staff.userId, text: "Me" }, { value: "none", text: "Nobody yet" }]}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Checkboxes idPrefix="overdue" name="overdue" legend="Due" small items={[{ value: "1", label: "Overdue only" }]} defaultValues={filters.overdue ? ["1"] : []} />
          </div>
        </div>
        <Button variant="secondary">Show tasks</Button>
      </form>
      {tasks.length === 0 ? (
        <p>{page > 1 ? "There are no more open tasks." : "There are no open tasks that match."}</p>
      ) : (
        <Table
          caption={`${total} open task${total === 1 ? "" : "s"}${pageCount > 1 ? ` (page ${page} of ${pageCount})` : ""}`}
          head={["Patient", "Task", "Communication needs", "Due", "Action"]}
          rows={tasks.map((task) => taskRow(task, now, staff.userId))}
        />
      )}
      <Pagination previous={page > 1 ? { href: query({ page: String(page - 1) }) } : undefined} next={page < pageCount ? { href: query({ page: String(page + 1) }) } : undefined} />
    </>
  );
}

function taskRow(task: OpenTask, now: Date, userId: string) {
  const overdue = task.dueBy !== null && task.dueBy.getTime() < now.getTime();
  return [
    <>
      <a href={`/staff/patients/${task.patient.id}`}>
        <strong>{`${task.patient.givenName} ${task.patient.familyName}`}</strong>
      </a>
      <br />
      <span className="nhsuk-body-s">{`NHS number ${formatNhsNumber(task.patient.nhsNumber)}`}</span>
    </>,
    <>
      <Tag colour={task.kind === "APPOINTMENT_SLOT_ISSUE" || task.kind === "DNA_REVIEW" ? "orange" : "blue"}>{worklistKindLabel[task.kind]}</Tag>
      <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-1">{task.summary}</p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 nhsuk-u-secondary-text-color">{worklistKindWhy[task.kind]}</p>
      {task.service && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{task.service.name}</p>}
      {requestLines(task.details).map((line) => (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-1" key={line}>
          {line}
        </p>
      ))}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        {task.referralId && <a href={`/staff/referrals/${task.referralId}`}>Referral</a>}
        {task.referralId && task.appointmentId && " · "}
        {task.appointmentId && <a href={`/staff/appointments/${task.appointmentId}`}>Appointment</a>}
        {task.assignedTo && ` · ${task.assignedTo.id === userId ? "Assigned to you" : `Assigned to ${task.assignedTo.name ?? "a colleague"}`}`}
        {task._count.notes > 0 && ` · ${task._count.notes} note${task._count.notes === 1 ? "" : "s"}`}
      </p>
    </>,
    <CommunicationNeedsTags key="needs" patient={task.patient} none="None recorded" />,
    task.dueBy ? (
      <>
        {formatDateTime(task.dueBy)}
        {overdue && (
          <>
            <br />
            <Tag colour="red">Overdue</Tag>
          </>
        )}
      </>
    ) : (
      "No date"
    ),
    <a key="open" href={`/staff/worklist/${task.id}`}>
      Work on this<span className="nhsuk-u-visually-hidden">{` task for ${task.patient.givenName} ${task.patient.familyName}`}</span>
    </a>,
  ];
}
