import type { DbClient } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Who did something: a signed-in user (patient or staff) or the system itself. */
export type Actor = {
  /** The User id, or null for the system and for jobs. */
  userId: string | null;
  /** How the audit trail names them, e.g. "Booking clerk: A. Jones" or "Patient (online)". */
  label: string;
};

export const systemActor: Actor = { userId: null, label: "System" };

export type AuditEntry = {
  actor: Actor;
  /** What happened, dotted: "appointment.booked", "appointment.cancelled". */
  action: string;
  entityType: string;
  entityId: string;
  patientId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one audit event. Call it inside the transaction that makes the change,
 * so the trail records exactly what was committed and nothing that was not.
 */
export async function recordAudit(tx: DbClient, entry: AuditEntry): Promise<{ id: string }> {
  return tx.auditEvent.create({
    data: {
      actorUserId: entry.actor.userId,
      actorLabel: entry.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      patientId: entry.patientId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
}

/** Dates become ISO strings and undefined fields drop out, as in any JSON document. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}
