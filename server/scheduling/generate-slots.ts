import { recordAudit, systemActor, type Actor } from "../platform/audit/record-audit";
import type { Db, DbClient, Tx } from "../platform/db/client";
import { getSetting } from "../platform/settings/settings";
import { BANK_HOLIDAYS_COVER_UNTIL_YEAR } from "./bank-holidays";
import { loadClinicTemplates, type ClinicTemplates } from "./load-templates";
import { addDaysIso, londonDateOf, type IsoDate } from "./london-wall-clock";
import { moveToRebooking } from "./move-to-rebooking";
import { planSlots, type PlannedSlot } from "./plan-slots";
import { reconcileSlots, type ExistingSlot, type SlotUpdate } from "./reconcile-slots";
import { applySlotChanges } from "./write-slots";

export interface GenerateSlotsOptions {
  /** Slots starting before this instant are history and never touched. */
  now?: Date;
  /** Only these clinics (default: every clinic). */
  clinicIds?: readonly string[];
  /** Weeks ahead (default: the slotHorizonWeeks setting). */
  horizonWeeks?: number;
  /** Who made the change that led to this run (default: the system). */
  actor?: Actor;
  /** Why booked slots no template calls for any more need rebooking, when no closure or bank holiday explains it. */
  reason?: string;
  /** Ids for new slots (the demo seed makes them deterministic); default: new UUIDv7s. */
  slotId?: (slot: PlannedSlot & { clinicId: string }) => string;
}

export interface SlotGenerationSummary {
  clinics: number;
  created: number;
  /** Kept or revived slots whose session, times, capacity or bookability changed. */
  updated: number;
  /** Free slots no template calls for, deleted (or cancelled if appointments refer to them). */
  removed: number;
  /** Booked slots no template calls for: cancelled or reused, their patients moved to rebooking. */
  displaced: number;
  /** Appointments moved to NEEDS_REBOOKING. */
  needsRebooking: number;
  /** Slots were generated up to, not including, this London day. */
  until: IsoDate;
}

export interface GenerationContext {
  now: Date;
  until: IsoDate;
  bankHolidays: ReadonlySet<string>;
  actor: Actor;
  reason?: string;
  slotId?: GenerateSlotsOptions["slotId"];
}

const GENERATION_TRANSACTION = { maxWait: 30_000, timeout: 120_000 } as const;

/**
 * Makes the slots of the clinic templates exist from now to the horizon, and only
 * them: idempotent (a rerun with nothing changed changes nothing), skipping bank
 * holidays and clinic closures; see planSlots for the type mix and clock changes
 * and reconcileSlots for what happens to slots the templates no longer call for.
 * Booked slots are never dropped silently: their appointments move to
 * NEEDS_REBOOKING with a worklist task, audit event and patient message.
 *
 * Given the app's client, each clinic is done in its own transaction; given a
 * transaction, everything happens in it (so a session edit and its slots commit
 * together). Runs for one clinic never overlap (advisory lock).
 */
export async function generateSlots(client: DbClient, options: GenerateSlotsOptions = {}): Promise<SlotGenerationSummary> {
  const context = await generationContext(client, options);
  const clinicIds = options.clinicIds ?? (await client.clinic.findMany({ select: { id: true }, orderBy: { code: "asc" } })).map((c) => c.id);
  const total: SlotGenerationSummary = { clinics: 0, created: 0, updated: 0, removed: 0, displaced: 0, needsRebooking: 0, until: context.until };
  for (const clinicId of clinicIds) {
    const db = appClient(client);
    const summary = db
      ? await db.$transaction((tx) => generateClinicSlots(tx, clinicId, context), GENERATION_TRANSACTION)
      : await generateClinicSlots(client, clinicId, context);
    total.clinics += 1;
    total.created += summary.created;
    total.updated += summary.updated;
    total.removed += summary.removed;
    total.displaced += summary.displaced;
    total.needsRebooking += summary.needsRebooking;
  }
  return total;
}

/** The client itself, or null inside a transaction (whose client has no $disconnect; it does have $transaction, for nesting). */
function appClient(client: DbClient): Db | null {
  return typeof (client as Partial<Db>).$disconnect === "function" ? (client as Db) : null;
}

export async function generationContext(client: DbClient, options: GenerateSlotsOptions): Promise<GenerationContext> {
  const now = options.now ?? new Date();
  const horizonWeeks = options.horizonWeeks ?? (await getSetting(client, "slotHorizonWeeks"));
  const until = addDaysIso(londonDateOf(now), horizonWeeks * 7);
  if (Number(until.slice(0, 4)) > BANK_HOLIDAYS_COVER_UNTIL_YEAR && !(await client.setting.findUnique({ where: { key: "bankHolidays" } }))) {
    console.warn(`slot generation: the built-in bank holidays end in ${BANK_HOLIDAYS_COVER_UNTIL_YEAR}; set the bankHolidays setting`);
  }
  return {
    now,
    until,
    bankHolidays: new Set(await getSetting(client, "bankHolidays")),
    actor: options.actor ?? systemActor,
    reason: options.reason,
    slotId: options.slotId,
  };
}

/** One clinic, inside the caller's transaction. */
export async function generateClinicSlots(tx: Tx, clinicId: string, context: GenerationContext): Promise<Omit<SlotGenerationSummary, "clinics" | "until">> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`slot-generation:${clinicId}`}, 0))`;
  const clinic = await loadClinicTemplates(tx, clinicId, londonDateOf(context.now));
  if (!clinic) return { created: 0, updated: 0, removed: 0, displaced: 0, needsRebooking: 0 };
  // The slots templates made (slots added by hand, with no session, are left alone). Locked
  // so that a booking cannot slip into a slot between our reading it free and removing it;
  // in id order, as bookings lock slots, so the two cannot deadlock.
  const existing = await tx.$queryRaw<ExistingSlot[]>`
    SELECT s."id", s."sessionId", s."appointmentTypeId", s."startsAt", s."endsAt", s."capacity", s."status"::text AS "status",
           s."cancelledBy"::text AS "cancelledBy", s."bookedCount", s."patientBookable",
           EXISTS (SELECT 1 FROM "Appointment" a WHERE a."slotId" = s."id") AS "hasAppointments"
    FROM "Slot" s
    WHERE s."clinicId" = ${clinicId}::uuid AND s."startsAt" >= ${context.now}
      AND (s."sessionId" IS NOT NULL OR s."cancelledBy" = 'TEMPLATE')
    ORDER BY s."id"
    FOR UPDATE OF s`;
  // Slots beyond the horizon (it was longer once) are still kept in line with the templates.
  const latest = existing.reduce<Date | null>((max, s) => (!max || s.startsAt > max ? s.startsAt : max), null);
  const dayAfterLatest = latest ? addDaysIso(londonDateOf(latest), 1) : null;
  const until = dayAfterLatest && dayAfterLatest > context.until ? dayAfterLatest : context.until;
  const planned = clinic.active
    ? planSlots({ sessions: clinic.sessions, closures: clinic.closures, bankHolidays: context.bankHolidays, from: context.now, until })
    : [];
  const plan = reconcileSlots(planned, existing);

  const needsRebooking = await moveToRebooking(
    tx,
    plan.displace.map(({ slot }) => ({ slotId: slot.id, reason: withdrawalReason(slot.startsAt, clinic, context) })),
    context.actor,
  );
  const reused: SlotUpdate[] = [];
  for (const { slot, reuseAs } of plan.displace) {
    if (reuseAs) reused.push({ id: slot.id, plan: reuseAs, capacity: reuseAs.capacity, patientBookable: reuseAs.patientBookable, revive: false });
  }
  await applySlotChanges(tx, {
    clinicId,
    clinicianId: clinic.clinicianId,
    create: plan.create,
    update: [...plan.update, ...reused],
    remove: plan.remove,
    cancel: plan.displace
      .filter((d) => !d.reuseAs)
      .map(({ slot }) => ({ id: slot.id, reason: withdrawalReason(slot.startsAt, clinic, context) })),
    slotId: context.slotId,
  });

  const summary = {
    created: plan.create.length,
    updated: plan.update.length + reused.length,
    removed: plan.remove.length,
    displaced: plan.displace.length,
    needsRebooking,
  };
  if (summary.updated + summary.removed + summary.displaced > 0 || (summary.created > 0 && context.actor !== systemActor)) {
    await recordAudit(tx, {
      actor: context.actor,
      action: "clinic.slots-generated",
      entityType: "Clinic",
      entityId: clinicId,
      after: { ...summary, until, reason: context.reason },
    });
  }
  return summary;
}

/** Why a slot's patients need rebooking, in words the patient and the booking centre both understand. */
function withdrawalReason(startsAt: Date, clinic: ClinicTemplates, context: GenerationContext): string {
  const day = londonDateOf(startsAt);
  const closure = clinic.closures.find((c) => c.startDate <= day && day <= c.endDate);
  if (closure) return `The clinic is closed on this day: ${closure.reason}`;
  if (context.bankHolidays.has(day)) return "Clinics do not run on bank holidays";
  if (!clinic.active) return "The clinic no longer runs";
  return context.reason ?? "The clinic's timetable changed";
}
