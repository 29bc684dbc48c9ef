import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Tx } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { OPEN_TASK_STATUSES } from "./kind-labels";

/**
 * Closes the open tasks matching `where` because their cause has been resolved
 * (the patient was rebooked, the outcome recorded), in the caller's transaction,
 * each with the outcome and an audit event. Returns how many were closed.
 */
export async function closeResolvedTasks(tx: Tx, where: Prisma.WorklistTaskWhereInput, outcome: string, actor: Actor, now: Date = new Date()): Promise<number> {
  const open = await tx.worklistTask.findMany({ where: { ...where, status: { in: [...OPEN_TASK_STATUSES] } }, select: { id: true, kind: true, patientId: true, status: true } });
  let closed = 0;
  for (const task of open) {
    const updated = await tx.worklistTask.updateMany({
      where: { id: task.id, status: { in: [...OPEN_TASK_STATUSES] } },
      data: { status: "DONE", closedAt: now, outcome, closedById: actor.userId },
    });
    if (updated.count !== 1) continue;
    closed++;
    await recordAudit(tx, {
      actor,
      action: "worklist.task_resolved",
      entityType: "WorklistTask",
      entityId: task.id,
      patientId: task.patientId,
      before: { status: task.status, kind: task.kind },
      after: { status: "DONE", outcome },
    });
  }
  return closed;
}
