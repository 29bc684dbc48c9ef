import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { CommunicationNeedsTags } from "@/components/communication-needs-tags";
import { InsetText } from "@/components/inset-text";
import { NotificationBanner } from "@/components/notification-banner";
import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { requireStaff, staffMayAct } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { formatDateTime } from "@/server/platform/time/london";
import { loadTask, requestLines, worklistKindLabel, worklistKindWhy } from "@/server/worklists";
import { AddNoteForm, AssignToMeForm, CompleteTaskForm, MissedAppointmentDecisionForm } from "./task-forms";

export const metadata: Metadata = { title: "Worklist task" };
export const dynamic = "force-dynamic";

const done: Record<string, string> = {
  assigned: "The task is assigned to you.",
  note: "Note added.",
  completed: "Task completed.",
  rebook: "Decision recorded: the patient is back on the waiting list and the booking centre has a task to rebook them.",
  discharged: "Decision recorded: the referral is discharged; the patient and referrer will be told.",
};

type Props = { params: Promise<{ taskId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One task: why it exists, what it is about, who has it, its notes, and the actions that finish it. */
export default async function WorklistTaskPage({ params, searchParams }: Props) {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const [{ taskId }, query] = await Promise.all([params, searchParams]);
  if (!isUuid(taskId)) notFound();
  const task = await loadTask(db(), taskId);
  if (!task) notFound();
  const now = new Date();
  const open = task.status !== "DONE";
  const overdue = open && task.dueBy !== null && task.dueBy.getTime() < now.getTime();
  const waitingEntryId = task.referral?.waitingList[0]?.id;
  const banner = typeof query.done === "string" ? done[query.done] : undefined;
  const patientName = `${task.patient.givenName} ${task.patient.familyName}`;
  const child = typeof task.details === "object" && task.details !== null && !Array.isArray(task.details) && (task.details as Record<string, unknown>).child === true;
  return (
    <>
      <BackLink href="/staff/worklist">Back to the worklist</BackLink>
      {banner && <NotificationBanner success title="Done">{banner}</NotificationBanner>}
      <span className="nhsuk-caption-l">{patientName}</span>
      <h1>{worklistKindLabel[task.kind]}</h1>
      <p className="nhsuk-lede-text">{task.summary}</p>
      <p>{worklistKindWhy[task.kind]}</p>
      <SummaryList
        rows={[
          { key: "Patient", value: <><a href={`/staff/patients/${task.patient.id}`}>{patientName}</a>{`, NHS number ${formatNhsNumber(task.patient.nhsNumber)}`}{task.patient.mobile && `, mobile ${task.patient.mobile}`}</> },
          { key: "Communication needs", value: <CommunicationNeedsTags patient={task.patient} none="None recorded" /> },
          ...(task.service ? [{ key: "Service", value: task.service.name }] : []),
          ...(task.referral ? [{ key: "Referral", value: <a href={`/staff/referrals/${task.referral.id}`}>{task.referral.reason}</a> }] : []),
          ...(task.appointment ? [{ key: "Appointment", value: <a href={`/staff/appointments/${task.appointment.id}`}>{formatDateTime(task.appointment.startsAt)}</a> }] : []),
          ...requestLines(task.details).map((line, i) => ({ key: i === 0 ? "Patient's request" : "", value: line })),
          { key: "Due", value: task.dueBy ? <>{formatDateTime(task.dueBy)} {overdue && <Tag colour="red">Overdue</Tag>}</> : "No date" },
          { key: "Assigned to", value: task.assignedTo ? (task.assignedTo.id === staff.userId ? "You" : task.assignedTo.name ?? "A colleague") : "Nobody yet" },
          { key: "Status", value: open ? (task.status === "IN_PROGRESS" ? "In progress" : "Open") : `Done${task.closedAt ? ` ${formatDateTime(task.closedAt)}` : ""}${task.outcome ? `: ${task.outcome}` : ""}` },
        ]}
      />
      {open && (
        <>
          {task.assignedTo?.id !== staff.userId && <AssignToMeForm taskId={task.id} />}
          <h2 className="nhsuk-heading-m">Next step</h2>
          {nextStep(task.kind, { taskId: task.id, patientId: task.patient.id, waitingEntryId, appointmentId: task.appointment?.id, child, mayDecide: staffMayAct(staff.role, ["CLINICIAN"]) })}
        </>
      )}
      <h2 className="nhsuk-heading-m">Notes</h2>
      {task.notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {task.notes.map((note) => (
            <li key={note.id}>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 nhsuk-u-secondary-text-color">{`${note.authorLabel}, ${formatDateTime(note.createdAt)}`}</p>
              <p>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      {open && <AddNoteForm taskId={task.id} />}
    </>
  );
}

type Next = { taskId: string; patientId: string; waitingEntryId?: string; appointmentId?: string; child: boolean; mayDecide: boolean };

function nextStep(kind: string, n: Next) {
  switch (kind) {
    case "DNA_REVIEW":
      return n.mayDecide ? <MissedAppointmentDecisionForm taskId={n.taskId} child={n.child} /> : <InsetText>A clinician decides whether to rebook or discharge. This task is on their worklist.</InsetText>;
    case "RECORD_OUTCOME":
      return n.appointmentId ? (
        <p>
          <a className="nhsuk-button" href={`/staff/appointments/${n.appointmentId}/outcome`}>Record the outcome</a>
        </p>
      ) : null;
    case "NEEDS_REBOOKING":
    case "APPOINTMENT_SLOT_ISSUE":
      return (
        <>
          {n.waitingEntryId ? (
            <p>
              <a className="nhsuk-button" href={`/staff/patients/${n.patientId}/book?entry=${n.waitingEntryId}`}>Book an appointment</a>
            </p>
          ) : (
            <p>
              <a href={`/staff/patients/${n.patientId}/book`}>Book an appointment</a> for the patient.
            </p>
          )}
          <p>This task closes itself when the patient is booked. If they no longer need an appointment, complete it with why.</p>
          <CompleteTaskForm taskId={n.taskId} hint="For example: patient no longer needs the appointment; referral passed back to the clinician" />
        </>
      );
    default:
      return <CompleteTaskForm taskId={n.taskId} hint="For example: called the patient, appointment agreed for next week" />;
  }
}
