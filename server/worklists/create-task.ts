import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Tx } from "../platform/db/client";
import type { Prisma, WorklistTask } from "../platform/db/generated/client";

/** Opens a worklist task in the caller's transaction, audited. */
export async function createWorklistTask(tx: Tx, data: Prisma.WorklistTaskUncheckedCreateInput, actor: Actor): Promise<WorklistTask> {
  const task = await tx.worklistTask.create({ data });
  await recordAudit(tx, {
    actor,
    action: "worklist.task_created",
    entityType: "WorklistTask",
    entityId: task.id,
    patientId: task.patientId,
    after: { kind: task.kind, summary: task.summary, dueBy: task.dueBy, assignedToId: task.assignedToId },
  });
  return task;
}
