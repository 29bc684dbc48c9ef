import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db } from "../platform/db/client";
import { TEMPLATE_TRANSACTION } from "./clinic-sessions";
import { ClinicNotFoundError, TemplateNotFoundError } from "./errors";
import { generateSlots, type SlotGenerationSummary } from "./generate-slots";
import { dbDateOf, isoDateOfDbDate } from "./london-wall-clock";
import { clinicClosureSchema, type ClinicClosureInput } from "./schemas";

export interface ClosureChangeResult {
  closureId: string;
  slots: SlotGenerationSummary;
}

/**
 * Closes a clinic for a range of days. In the same transaction its free slots on
 * those days go and the patients booked on them move to NEEDS_REBOOKING, told the
 * reason given here.
 */
export async function addClinicClosure(
  db: Db,
  clinicId: string,
  input: ClinicClosureInput,
  actor: Actor,
  options: { now?: Date } = {},
): Promise<ClosureChangeResult> {
  const data = clinicClosureSchema.parse(input);
  return db.$transaction(async (tx) => {
    const clinic = await tx.clinic.findUnique({ where: { id: clinicId }, select: { id: true } });
    if (!clinic) throw new ClinicNotFoundError();
    const closure = await tx.clinicClosure.create({
      data: { clinicId, startDate: dbDateOf(data.startDate), endDate: dbDateOf(data.endDate), reason: data.reason, createdById: actor.userId },
    });
    await recordAudit(tx, { actor, action: "clinic-closure.added", entityType: "ClinicClosure", entityId: closure.id, after: { clinicId, ...data } });
    const slots = await generateSlots(tx, { clinicIds: [clinicId], actor, now: options.now });
    return { closureId: closure.id, slots };
  }, TEMPLATE_TRANSACTION);
}

/** Reopens the days of a closure: their slots come back (patients already moved stay on the worklist). */
export async function removeClinicClosure(
  db: Db,
  target: { clinicId: string; closureId: string },
  actor: Actor,
  options: { now?: Date } = {},
): Promise<ClosureChangeResult> {
  return db.$transaction(async (tx) => {
    const closure = await tx.clinicClosure.findFirst({ where: { id: target.closureId, clinicId: target.clinicId } });
    if (!closure) throw new TemplateNotFoundError("closure");
    await tx.clinicClosure.delete({ where: { id: closure.id } });
    await recordAudit(tx, {
      actor,
      action: "clinic-closure.removed",
      entityType: "ClinicClosure",
      entityId: closure.id,
      before: { clinicId: closure.clinicId, startDate: isoDateOfDbDate(closure.startDate), endDate: isoDateOfDbDate(closure.endDate), reason: closure.reason },
    });
    const slots = await generateSlots(tx, { clinicIds: [target.clinicId], actor, now: options.now });
    return { closureId: closure.id, slots };
  }, TEMPLATE_TRANSACTION);
}
