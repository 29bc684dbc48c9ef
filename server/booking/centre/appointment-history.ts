import type { DbClient } from "../../platform/db/client";
import type { AppointmentOutcome, AppointmentStatus } from "../../platform/db/generated/enums";
import { Prisma } from "../../platform/db/generated/client";
import { statusLabel } from "../core/appointment-status";
import { describeOutcome } from "../core/appointment-outcome";
import { formatDateTime } from "../../platform/time/london";

export type HistoryChange = { field: string; before?: string; after?: string };

export type HistoryEntry = {
  id: string;
  occurredAt: Date;
  who: string;
  what: string;
  changes: HistoryChange[];
  /** A safeguarding concern recorded with the event (was not brought). */
  safeguarding: boolean;
};

type AuditState = Record<string, unknown>;

/**
 * An appointment's history in plain words, oldest first. A rescheduled
 * appointment is one story: the history follows the chain of reschedules both
 * ways, so the new appointment shows how it was first booked and moved.
 */
export async function loadAppointmentHistory(client: DbClient, appointmentId: string): Promise<HistoryEntry[]> {
  const chain = await client.$queryRaw<Array<{ id: string; startsAt: Date }>>(Prisma.sql`
    WITH RECURSIVE earlier AS (
      SELECT "id", "rescheduledFromId" FROM "Appointment" WHERE "id" = ${appointmentId}::uuid
      UNION SELECT a."id", a."rescheduledFromId" FROM "Appointment" a JOIN earlier e ON a."id" = e."rescheduledFromId"
    ), later AS (
      SELECT "id" FROM "Appointment" WHERE "id" = ${appointmentId}::uuid
      UNION SELECT a."id" FROM "Appointment" a JOIN later l ON a."rescheduledFromId" = l."id"
    )
    SELECT a."id", a."startsAt" FROM "Appointment" a WHERE a."id" IN (SELECT "id" FROM earlier UNION SELECT "id" FROM later)`);
  if (chain.length === 0) return [];
  const events = await client.auditEvent.findMany({
    where: { entityType: "Appointment", entityId: { in: chain.map((a) => a.id) } },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: { id: true, occurredAt: true, actorLabel: true, action: true, before: true, after: true },
  });
  const names = await loadNames(client, events.flatMap((e) => [asState(e.before), asState(e.after)]));
  const startOf = new Map(chain.map((a) => [a.id, a.startsAt]));
  return events.map((event) => describe(event, names, startOf));
}

type Names = { clinic: Map<string, string>; clinician: Map<string, string>; type: Map<string, string> };

async function loadNames(client: DbClient, states: Array<AuditState | undefined>): Promise<Names> {
  const ids = (key: string) => [...new Set(states.map((s) => s?.[key]).filter((v): v is string => typeof v === "string"))];
  const [clinics, clinicians, types] = await Promise.all([
    client.clinic.findMany({ where: { id: { in: ids("clinicId") } }, select: { id: true, name: true } }),
    client.clinician.findMany({ where: { id: { in: ids("clinicianId") } }, select: { id: true, name: true } }),
    client.appointmentType.findMany({ where: { id: { in: ids("appointmentTypeId") } }, select: { id: true, name: true } }),
  ]);
  const toMap = (rows: Array<{ id: string; name: string }>) => new Map(rows.map((r) => [r.id, r.name]));
  return { clinic: toMap(clinics), clinician: toMap(clinicians), type: toMap(types) };
}

type Event = { id: string; occurredAt: Date; actorLabel: string; action: string; before: Prisma.JsonValue; after: Prisma.JsonValue };

function describe(event: Event, names: Names, startOf: Map<string, Date>): HistoryEntry {
  const before = asState(event.before);
  const after = asState(event.after);
  return {
    id: event.id,
    occurredAt: event.occurredAt,
    who: event.actorLabel,
    what: summary(event.action, after, startOf),
    changes: event.action === "appointment.rescheduled" ? movedTime(before, after, startOf) : changes(event.action, before, after, names),
    safeguarding: after?.safeguardingFlag === true,
  };
}

const requester: Record<string, string> = { PATIENT: "at the patient's request", HOSPITAL: "by the hospital" };
const channels: Record<string, string> = { STAFF: "by the booking centre", PATIENT_ONLINE: "online by the patient", BOOKING_REFERENCE: "online with a booking reference" };

function summary(action: string, after: AuditState | undefined, startOf: Map<string, Date>): string {
  switch (action) {
    case "appointment.booked": {
      const from = text(after?.rescheduledFromId);
      if (from) return `Booked as the new time of a rescheduled appointment${timeOf(startOf.get(from), " (was ", ")")}`;
      return `Booked ${channels[text(after?.bookingChannel) ?? ""] ?? ""}`.trim();
    }
    case "appointment.rescheduled": {
      const to = startOf.get(text(after?.rescheduledToId) ?? "");
      return `Rescheduled ${requester[text(after?.requestedBy) ?? ""] ?? ""}${timeOf(to, " to ")}`.replace(/\s+/g, " ");
    }
    case "appointment.cancelled":
      return `Cancelled ${requester[text(after?.requestedBy) ?? ""] ?? ""}`.trim();
    case "appointment.arrived":
      return "Marked as arrived";
    case "appointment.seen":
      return "Marked as seen";
    case "appointment.did_not_attend":
      return "Marked as did not attend";
    case "appointment.was_not_brought":
      return "Marked as was not brought: safeguarding concern flagged";
    case "appointment.outcome_recorded": {
      const outcome = text(after?.outcome) as AppointmentOutcome | undefined;
      return outcome ? `Outcome recorded: ${describeOutcome(outcome, numberOf(after?.followUpWeeks)).toLowerCase()}` : "Outcome recorded";
    }
    case "appointment.confirmed-by-patient":
      return "Patient confirmed they will come (reminder link)";
    default:
      return humanise(action);
  }
}

/** Fields whose change is worth showing, with values in words. */
function changes(action: string, before: AuditState | undefined, after: AuditState | undefined, names: Names): HistoryChange[] {
  if (!after) return [];
  const fields: Array<[string, (s: AuditState) => string | undefined]> = [
    ["Status", (s) => (typeof s.status === "string" ? statusLabel(s.status as AppointmentStatus) : undefined)],
    ["Time", (s) => (typeof s.startsAt === "string" ? formatDateTime(new Date(s.startsAt)) : undefined)],
    ["Clinic", (s) => names.clinic.get(text(s.clinicId) ?? "")],
    ["Clinician", (s) => names.clinician.get(text(s.clinicianId) ?? "")],
    ["Appointment type", (s) => names.type.get(text(s.appointmentTypeId) ?? "")],
    ["Reason", (s) => text(s.cancelReason)],
    ["Outcome", (s) => (typeof s.outcome === "string" ? describeOutcome(s.outcome as AppointmentOutcome, numberOf(s.followUpWeeks)) : undefined)],
  ];
  const result: HistoryChange[] = [];
  for (const [field, read] of fields) {
    const was = before ? read(before) : undefined;
    const now = read(after);
    if (was === now || now === undefined) continue;
    // A new booking lists what was booked; later events list only what changed.
    if (!before && action !== "appointment.booked") continue;
    result.push({ field, before: was, after: now });
  }
  return result;
}

/** A reschedule cancels the old appointment; what staff care about is the time it moved from and to. */
function movedTime(before: AuditState | undefined, after: AuditState | undefined, startOf: Map<string, Date>): HistoryChange[] {
  const from = typeof before?.startsAt === "string" ? formatDateTime(new Date(before.startsAt)) : undefined;
  const to = startOf.get(text(after?.rescheduledToId) ?? "");
  return to ? [{ field: "Time", before: from, after: formatDateTime(to) }] : [];
}

function timeOf(instant: Date | undefined, prefix: string, suffix = ""): string {
  return instant ? `${prefix}${formatDateTime(instant)}${suffix}` : "";
}

/** "appointment.reminder_sent" → "Reminder sent", for events added by other parts of the system. */
function humanise(action: string): string {
  const words = (action.split(".").at(-1) ?? action).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function asState(value: Prisma.JsonValue): AuditState | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as AuditState) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}
