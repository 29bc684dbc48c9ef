import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db } from "../platform/db/client";
import { TEMPLATE_TRANSACTION } from "./clinic-sessions";
import { SlotNotCancellableError } from "./errors";
import { moveToRebooking } from "./move-to-rebooking";
import { cancelSlotSchema, type CancelSlotInput } from "./schemas";

/**
 * Staff cancel one slot (the clinician is called away, a room is lost). Anyone
 * booked into it moves to NEEDS_REBOOKING with a worklist task, audit event and
 * message; the slot stays cancelled however often slots are generated.
 */
export async function cancelSlot(db: Db, input: CancelSlotInput, actor: Actor, options: { now?: Date } = {}): Promise<{ needsRebooking: number }> {
  const data = cancelSlotSchema.parse(input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [slot] = await tx.$queryRaw<{ id: string; status: string; startsAt: Date; clinicId: string }[]>`
      SELECT "id", "status"::text AS "status", "startsAt", "clinicId" FROM "Slot" WHERE "id" = ${data.slotId}::uuid FOR UPDATE`;
    if (!slot) throw new SlotNotCancellableError("NOT_FOUND");
    if (slot.status === "CANCELLED") throw new SlotNotCancellableError("ALREADY_CANCELLED");
    if (slot.startsAt <= now) throw new SlotNotCancellableError("IN_PAST");
    const needsRebooking = await moveToRebooking(tx, [{ slotId: slot.id, reason: data.reason }], actor);
    await tx.slot.update({ where: { id: slot.id }, data: { status: "CANCELLED", cancelledBy: "STAFF", cancelReason: data.reason } });
    await recordAudit(tx, {
      actor,
      action: "slot.cancelled",
      entityType: "Slot",
      entityId: slot.id,
      before: { status: slot.status },
      after: { status: "CANCELLED", reason: data.reason, needsRebooking },
    });
    return { needsRebooking };
  }, TEMPLATE_TRANSACTION);
}
