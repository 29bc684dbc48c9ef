import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, DbClient, Tx } from "../platform/db/client";
import type { ClinicSession } from "../platform/db/generated/client";
import { ClinicNotFoundError, SessionOverlapError, TemplateNotFoundError } from "./errors";
import { generateSlots, type SlotGenerationSummary } from "./generate-slots";
import { dbDateOf, formatMinuteOfDay, isoDateOfDbDate } from "./london-wall-clock";
import { clinicSessionSchemaFor, weekdayName, type ClinicSessionData, type ClinicSessionInput } from "./schemas";

/** Template changes regenerate one clinic's slots in the same transaction. */
export const TEMPLATE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

export interface TemplateChangeResult {
  sessionId: string;
  slots: SlotGenerationSummary;
}

/**
 * Adds a weekly session to a clinic (or changes one, given `sessionId`) and brings
 * the clinic's slots in line in the same transaction: new slots appear at once,
 * free slots the session no longer has go, and booked ones it no longer has move
 * their patients to NEEDS_REBOOKING (see generateSlots).
 */
export async function saveClinicSession(
  db: Db,
  target: { clinicId: string; sessionId?: string },
  input: ClinicSessionInput,
  actor: Actor,
  options: { now?: Date } = {},
): Promise<TemplateChangeResult> {
  const serviceTypes = await appointmentTypeIdsOfClinic(db, target.clinicId);
  const data = clinicSessionSchemaFor(serviceTypes).parse(input);
  return db.$transaction(async (tx) => {
    const before = target.sessionId ? await loadSession(tx, target.clinicId, target.sessionId) : null;
    await assertNoOverlap(tx, target.clinicId, data, target.sessionId);
    const fields = {
      weekday: data.weekday,
      startMinute: data.startMinute,
      endMinute: data.endMinute,
      slotMinutes: data.slotMinutes,
      capacityPerSlot: data.capacityPerSlot,
      validFrom: dbDateOf(data.validFrom),
      validTo: data.validTo ? dbDateOf(data.validTo) : null,
    };
    const types = data.appointmentTypeIds.map((id) => ({ id }));
    const session = before
      ? await tx.clinicSession.update({ where: { id: before.id }, data: { ...fields, appointmentTypes: { set: types } } })
      : await tx.clinicSession.create({ data: { ...fields, clinicId: target.clinicId, appointmentTypes: { connect: types } } });
    await recordAudit(tx, {
      actor,
      action: before ? "clinic-session.changed" : "clinic-session.added",
      entityType: "ClinicSession",
      entityId: session.id,
      before: before ? sessionView(before) : undefined,
      after: { ...sessionView(session), appointmentTypeIds: data.appointmentTypeIds },
    });
    const slots = await generateSlots(tx, {
      clinicIds: [target.clinicId],
      actor,
      now: options.now,
      reason: `The clinic's ${weekdayName(data.weekday)} session changed`,
    });
    return { sessionId: session.id, slots };
  }, TEMPLATE_TRANSACTION);
}

/** Removes a session; its future slots go with it, booked ones to rebooking. */
export async function removeClinicSession(
  db: Db,
  target: { clinicId: string; sessionId: string },
  actor: Actor,
  options: { now?: Date } = {},
): Promise<TemplateChangeResult> {
  return db.$transaction(async (tx) => {
    const before = await loadSession(tx, target.clinicId, target.sessionId);
    // A session offering nothing plans no slots: generation then deals with its slots
    // while they still name it, before the delete detaches them.
    await tx.clinicSession.update({ where: { id: before.id }, data: { appointmentTypes: { set: [] } } });
    const slots = await generateSlots(tx, {
      clinicIds: [target.clinicId],
      actor,
      now: options.now,
      reason: `The clinic's ${weekdayName(before.weekday)} session no longer runs`,
    });
    await tx.clinicSession.delete({ where: { id: before.id } });
    await recordAudit(tx, { actor, action: "clinic-session.removed", entityType: "ClinicSession", entityId: before.id, before: sessionView(before) });
    return { sessionId: before.id, slots };
  }, TEMPLATE_TRANSACTION);
}

/** Live appointments in a session's future slots: what removing or changing it could affect. */
export async function countBookedInSession(db: Db | Tx, sessionId: string, now = new Date()): Promise<number> {
  return db.appointment.count({ where: { slot: { sessionId, startsAt: { gte: now } }, status: { in: ["BOOKED", "ARRIVED"] } } });
}

/** Ids of the active appointment types a clinic's sessions may offer (those of its service). */
export async function appointmentTypeIdsOfClinic(db: DbClient, clinicId: string): Promise<string[]> {
  const clinic = await db.clinic.findUnique({
    where: { id: clinicId },
    select: { service: { select: { appointmentTypes: { where: { active: true }, select: { id: true } } } } },
  });
  if (!clinic) throw new ClinicNotFoundError();
  return clinic.service.appointmentTypes.map((t) => t.id);
}

async function loadSession(tx: Tx, clinicId: string, sessionId: string) {
  const session = await tx.clinicSession.findFirst({ where: { id: sessionId, clinicId }, include: { appointmentTypes: { select: { id: true } } } });
  if (!session) throw new TemplateNotFoundError("session");
  return session;
}

/** A clinic has one clinician, so its sessions may not overlap on a day both run. */
async function assertNoOverlap(tx: Tx, clinicId: string, data: ClinicSessionData, exceptId?: string): Promise<void> {
  // Serialise template edits of one clinic so two clerks cannot add overlapping sessions at once.
  await tx.$executeRaw`SELECT id FROM "Clinic" WHERE id = ${clinicId}::uuid FOR UPDATE`;
  const others = await tx.clinicSession.findMany({
    where: {
      clinicId,
      weekday: data.weekday,
      startMinute: { lt: data.endMinute },
      endMinute: { gt: data.startMinute },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  const from = data.validFrom;
  const to = data.validTo ?? "9999-12-31";
  const clash = others.find((o) => isoDateOfDbDate(o.validFrom) <= to && (o.validTo === null || from <= isoDateOfDbDate(o.validTo)));
  if (clash) {
    throw new SessionOverlapError(`${weekdayName(clash.weekday)} ${formatMinuteOfDay(clash.startMinute)} to ${formatMinuteOfDay(clash.endMinute)}`);
  }
}

function sessionView(session: ClinicSession & { appointmentTypes?: { id: string }[] }) {
  return {
    appointmentTypeIds: session.appointmentTypes?.map((t) => t.id),
    clinicId: session.clinicId,
    weekday: session.weekday,
    startMinute: session.startMinute,
    endMinute: session.endMinute,
    slotMinutes: session.slotMinutes,
    capacityPerSlot: session.capacityPerSlot,
    validFrom: isoDateOfDbDate(session.validFrom),
    validTo: session.validTo ? isoDateOfDbDate(session.validTo) : null,
  };
}
