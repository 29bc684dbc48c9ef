import type { Tx } from "../platform/db/client";
import type { PlannedSlot } from "./plan-slots";
import type { ExistingSlot, SlotUpdate } from "./reconcile-slots";

/** Rows per INSERT: 11 columns each keeps a batch far below PostgreSQL's 65,535 parameters. */
const INSERT_BATCH = 2_000;

/**
 * Writes a clinic's reconciled slots in a few statements: new slots in batches
 * (`skipDuplicates`: a slot that exists, even cancelled, is never made twice), kept
 * slots updated (grouped by what changes),
 * free slots deleted or, if appointments refer to them, cancelled, and withdrawn
 * booked slots cancelled once their patients have been moved off.
 */
export async function applySlotChanges(
  tx: Tx,
  changes: {
    clinicId: string;
    clinicianId: string;
    create: readonly PlannedSlot[];
    update: readonly SlotUpdate[];
    remove: readonly ExistingSlot[];
    cancel: readonly { id: string; reason: string }[];
    slotId?: (slot: PlannedSlot & { clinicId: string }) => string;
  },
): Promise<void> {
  const { clinicId } = changes;
  for (const { id, reason } of changes.cancel) {
    await tx.slot.update({ where: { id }, data: { status: "CANCELLED", cancelledBy: "TEMPLATE", cancelReason: reason } });
  }
  const deletable = changes.remove.filter((s) => !s.hasAppointments).map((s) => s.id);
  const keptForHistory = changes.remove.filter((s) => s.hasAppointments).map((s) => s.id);
  if (deletable.length > 0) await tx.slot.deleteMany({ where: { id: { in: deletable }, bookedCount: 0 } });
  if (keptForHistory.length > 0) {
    await tx.slot.updateMany({
      where: { id: { in: keptForHistory }, bookedCount: 0 },
      data: { status: "CANCELLED", cancelledBy: "TEMPLATE", cancelReason: "No longer in the clinic's timetable" },
    });
  }

  // A kept slot always starts when its plan does, so updates group by what they set.
  const groups = new Map<string, { ids: string[]; update: SlotUpdate }>();
  for (const update of changes.update) {
    const key = `${update.plan.sessionId}|${update.capacity}|${update.patientBookable}|${update.revive}|${lengthMs(update)}`;
    const group = groups.get(key) ?? { ids: [], update };
    group.ids.push(update.id);
    groups.set(key, group);
  }
  for (const { ids, update } of groups.values()) await writeUpdate(tx, ids, update);

  const rows = changes.create.map((slot) => ({
    ...(changes.slotId ? { id: changes.slotId({ ...slot, clinicId }) } : {}),
    clinicId,
    sessionId: slot.sessionId,
    clinicianId: changes.clinicianId,
    appointmentTypeId: slot.appointmentTypeId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: slot.capacity,
    patientBookable: slot.patientBookable,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await tx.slot.createMany({ data: rows.slice(i, i + INSERT_BATCH), skipDuplicates: true });
  }
}

const lengthMs = (update: SlotUpdate) => update.plan.endsAt.getTime() - update.plan.startsAt.getTime();

/** The end is set relative to each row's own start, so one statement serves many rows. */
async function writeUpdate(tx: Tx, ids: string[], update: SlotUpdate): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Slot" SET
      "sessionId" = ${update.plan.sessionId}::uuid,
      "endsAt" = "startsAt" + make_interval(secs => ${lengthMs(update) / 1000}),
      "capacity" = ${update.capacity},
      "patientBookable" = ${update.patientBookable},
      "status" = CASE WHEN ${update.revive} THEN 'AVAILABLE'::"SlotStatus" ELSE "status" END,
      "cancelledBy" = CASE WHEN ${update.revive} THEN NULL ELSE "cancelledBy" END,
      "cancelReason" = CASE WHEN ${update.revive} THEN NULL ELSE "cancelReason" END,
      "updatedAt" = now()
    WHERE "id" = ANY(${ids}::uuid[])`;
}
