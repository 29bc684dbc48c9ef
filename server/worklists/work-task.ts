import { z } from "zod";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, DbClient } from "../platform/db/client";
import { DomainError } from "../platform/errors/domain-error";
import { OPEN_TASK_STATUSES } from "./kind-labels";

export class TaskNotOpenError extends DomainError {
  readonly code = "TASK_NOT_OPEN";
  constructor(message = "This task has already been completed.") {
    super(message);
    this.name = "TaskNotOpenError";
  }
}

const taskId = z.uuid({ message: "Choose a task from the worklist" });
export const taskNoteSchema = z.object({
  taskId,
  text: z.string().trim().min(1, { message: "Enter a note" }).max(2000, { message: "Use 2000 characters or fewer" }),
});
export const completeTaskSchema = z.object({
  taskId,
  outcome: z.string().trim().min(1, { message: "Enter what was done" }).max(500, { message: "Use 500 characters or fewer" }),
});

/** Kinds that close only through their own decision or cause (a clinician's review, a booking, an outcome). */
const CLOSED_BY_THEIR_CAUSE = new Set(["DNA_REVIEW", "RECORD_OUTCOME"]);

/** Takes the task: assigned to this member of staff and in progress. Audited. */
export async function assignTaskToMe(client: Db, id: string, actor: Actor & { userId: string }, now: Date = new Date()): Promise<void> {
  await client.$transaction(async (tx) => {
    const before = await tx.worklistTask.findUnique({ where: { id }, select: { assignedToId: true, status: true, patientId: true } });
    if (!before) throw new TaskNotOpenError("We could not find that task.");
    const updated = await tx.worklistTask.updateMany({ where: { id, status: { in: [...OPEN_TASK_STATUSES] } }, data: { assignedToId: actor.userId, status: "IN_PROGRESS" } });
    if (updated.count !== 1) throw new TaskNotOpenError();
    await recordAudit(tx, { actor, action: "worklist.task_assigned", entityType: "WorklistTask", entityId: id, patientId: before.patientId, before, after: { assignedToId: actor.userId, status: "IN_PROGRESS", at: now } });
  });
}

/** Adds a note (who called whom, what was agreed). Audited. */
export async function addTaskNote(client: Db, input: z.input<typeof taskNoteSchema>, actor: Actor): Promise<void> {
  const data = taskNoteSchema.parse(input);
  await client.$transaction(async (tx) => {
    const task = await tx.worklistTask.findUnique({ where: { id: data.taskId }, select: { patientId: true } });
    if (!task) throw new TaskNotOpenError("We could not find that task.");
    const note = await tx.worklistTaskNote.create({ data: { taskId: data.taskId, authorId: actor.userId, authorLabel: actor.label, text: data.text } });
    await recordAudit(tx, { actor, action: "worklist.task_note_added", entityType: "WorklistTask", entityId: data.taskId, patientId: task.patientId, after: { noteId: note.id } });
  });
}

/**
 * Completes a task with what was done (a call-back closes when the call is logged
 * here). Reviews and outcome tasks close only through their own decision, so they
 * cannot be ticked off with the patient still waiting. Guarded update; audited.
 */
export async function completeTask(client: Db, input: z.input<typeof completeTaskSchema>, actor: Actor, now: Date = new Date()): Promise<void> {
  const data = completeTaskSchema.parse(input);
  await client.$transaction(async (tx) => {
    const task = await tx.worklistTask.findUnique({ where: { id: data.taskId }, select: { kind: true, status: true, patientId: true } });
    if (!task) throw new TaskNotOpenError("We could not find that task.");
    if (CLOSED_BY_THEIR_CAUSE.has(task.kind)) {
      throw new TaskNotOpenError(task.kind === "DNA_REVIEW" ? "Decide rebook or discharge to complete this review." : "Record the appointment's outcome to complete this task.");
    }
    const updated = await tx.worklistTask.updateMany({
      where: { id: data.taskId, status: { in: [...OPEN_TASK_STATUSES] } },
      data: { status: "DONE", closedAt: now, closedById: actor.userId, outcome: data.outcome },
    });
    if (updated.count !== 1) throw new TaskNotOpenError();
    await recordAudit(tx, { actor, action: "worklist.task_completed", entityType: "WorklistTask", entityId: data.taskId, patientId: task.patientId, before: { status: task.status }, after: { status: "DONE", outcome: data.outcome } });
  });
}

/** One task with everything its page shows. */
export async function loadTask(client: DbClient, id: string) {
  return client.worklistTask.findUnique({
    where: { id },
    include: {
      patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true, mobile: true, communicationNeeds: true, interpreterLanguage: true, accessNotes: true } },
      service: { select: { id: true, name: true } },
      referral: { select: { id: true, status: true, reason: true, waitingList: { where: { status: "WAITING" }, select: { id: true }, take: 1 } } },
      appointment: { select: { id: true, startsAt: true, status: true } },
      assignedTo: { select: { id: true, name: true } },
      notes: { orderBy: { createdAt: "asc" } },
    },
  });
}
export type TaskDetails = NonNullable<Awaited<ReturnType<typeof loadTask>>>;
