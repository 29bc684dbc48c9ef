import type { Actor } from "../../platform/audit/record-audit";
import type { Tx } from "../../platform/db/client";
import type { Appointment, ReferralStatus } from "../../platform/db/generated/client";
import type { WaitingListStatus } from "../../platform/db/generated/enums";
import { settingValue } from "../../platform/settings/settings";
import { OPEN_TASK_STATUSES } from "../../worklists";
import { dueReminders, REMINDER_QUEUE } from "../reminders/schedule-reminders";
import { auditView } from "./audit-view";
import type { LockedSlot } from "./slot-lock";

/**
 * The booking's two main statements. A booking is the busiest write in the trust,
 * and twenty ORM round trips made it run at a few percent of what PostgreSQL can
 * do, so it reads everything it checks in one statement (the slot, locked; the
 * idempotency key; the waiting-list entry and referral; the reminder setting;
 * whether there are tasks the booking resolves) and writes in another (the claims,
 * the appointment, its audit event and reminder jobs). The checks and choices
 * (assertSlotBookable, auditView, dueReminders) stay in TypeScript, shared with
 * the other paths that book; the confirmation goes through the message
 * pipeline's own queuePatientMessage, which decides channel and letter.
 */
export type BookingFacts = {
  slot: LockedSlot | undefined;
  /** An appointment already booked with this idempotency key. */
  earlierId: string | null;
  entry: { referralId: string; serviceId: string; status: WaitingListStatus } | null;
  referral: { id: string; serviceId: string; status: ReferralStatus } | null;
  reminderDaysBefore: readonly number[];
  /** Whether the patient has open rebooking or slot-issue tasks, which a booking may resolve. */
  hasRebookingTasks: boolean;
};

type FactsRow = Partial<LockedSlot> & {
  earlierId: string | null;
  entryReferralId: string | null;
  entryServiceId: string | null;
  entryStatus: WaitingListStatus | null;
  referralId: string | null;
  referralServiceId: string | null;
  referralStatus: ReferralStatus | null;
  reminderSetting: unknown;
  hasRebookingTasks: boolean;
};

/**
 * Locks the slot (FOR UPDATE, so bookings of one slot queue here) and reads what
 * the booking checks. The entry is looked up for this patient (and referral, when
 * given); the referral is the entry's, or the one given, and must be this patient's.
 */
export async function readBookingFacts(
  tx: Tx,
  data: { slotId: string; patientId: string; referralId?: string; waitingListEntryId?: string; idempotencyKey?: string },
): Promise<BookingFacts> {
  const [row] = await tx.$queryRaw<FactsRow[]>`
    WITH slot AS (
      SELECT s."id", s."startsAt", s."endsAt", s."capacity", s."bookedCount", s."status", s."patientBookable",
             s."clinicId", s."clinicianId", s."appointmentTypeId", t."serviceId",
             t."active" AS "typeActive", t."patientBookable" AS "typePatientBookable", t."minNoticeHours", t."maxHorizonDays"
      FROM "Slot" s JOIN "AppointmentType" t ON t."id" = s."appointmentTypeId"
      WHERE s."id" = ${data.slotId}::uuid
      FOR UPDATE OF s
    ), entry AS (
      SELECT "referralId", "serviceId", "status" FROM "WaitingListEntry"
      WHERE "id" = ${data.waitingListEntryId ?? null}::uuid AND "patientId" = ${data.patientId}::uuid
        AND (${data.referralId ?? null}::uuid IS NULL OR "referralId" = ${data.referralId ?? null}::uuid)
    ), referral AS (
      SELECT "id", "serviceId", "status" FROM "Referral"
      WHERE "id" = COALESCE((SELECT "referralId" FROM entry), ${data.referralId ?? null}::uuid) AND "patientId" = ${data.patientId}::uuid
    )
    SELECT slot.*,
           (SELECT "id" FROM "Appointment" WHERE "idempotencyKey" = ${data.idempotencyKey ?? null}) AS "earlierId",
           entry."referralId" AS "entryReferralId", entry."serviceId" AS "entryServiceId", entry."status" AS "entryStatus",
           referral."id" AS "referralId", referral."serviceId" AS "referralServiceId", referral."status" AS "referralStatus",
           (SELECT "value" FROM "Setting" WHERE "key" = 'reminderDaysBefore') AS "reminderSetting",
           EXISTS (SELECT 1 FROM "WorklistTask" WHERE "patientId" = ${data.patientId}::uuid
                   AND "kind" IN ('NEEDS_REBOOKING', 'APPOINTMENT_SLOT_ISSUE') AND "status"::text = ANY(${[...OPEN_TASK_STATUSES]}::text[])) AS "hasRebookingTasks"
    FROM (SELECT 1) AS one
    LEFT JOIN slot ON true LEFT JOIN entry ON true LEFT JOIN referral ON true`;
  const r = row!;
  return {
    slot: r.id ? (r as LockedSlot) : undefined,
    earlierId: r.earlierId,
    entry: r.entryReferralId ? { referralId: r.entryReferralId, serviceId: r.entryServiceId!, status: r.entryStatus! } : null,
    referral: r.referralId ? { id: r.referralId, serviceId: r.referralServiceId!, status: r.referralStatus! } : null,
    reminderDaysBefore: settingValue("reminderDaysBefore", (r.reminderSetting ?? undefined) as never),
    hasRebookingTasks: r.hasRebookingTasks,
  };
}

/**
 * Writes the booking: the waiting-list entry and referral claimed (guarded
 * updates: an entry no longer waiting is not claimed, a referral moves to BOOKED
 * only from ACCEPTED), the appointment (the database's triggers count it against
 * the slot and refuse a closed referral; its exclusion constraints refuse
 * overlaps), the audit event and the reminder jobs (one per appointment and day: ON CONFLICT DO NOTHING).
 * Returns the appointment and whether the entry was claimed.
 */
export async function writeBooking(
  tx: Tx,
  booking: {
    slot: LockedSlot;
    patientId: string;
    referralId: string | null;
    waitingListEntryId: string | null;
    channel: Appointment["bookingChannel"];
    idempotencyKey: string | null;
    calendarUid: string;
    reminderDaysBefore: readonly number[];
  },
  actor: Actor,
  now: Date,
): Promise<{ appointment: Appointment; entryClaimed: boolean }> {
  const { slot } = booking;
  const after = auditView({
    status: "BOOKED",
    slotId: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    clinicId: slot.clinicId,
    clinicianId: slot.clinicianId,
    appointmentTypeId: slot.appointmentTypeId,
    referralId: booking.referralId,
    waitingListEntryId: booking.waitingListEntryId,
    bookingChannel: booking.channel,
    calendarUid: booking.calendarUid,
    calendarSequence: 0,
    rescheduledFromId: null,
    cancelReason: null,
    outcome: null,
    followUpWeeks: null,
  });
  const reminders = dueReminders(slot.startsAt, booking.reminderDaysBefore, now);
  const [row] = await tx.$queryRaw<Array<Appointment & { entryClaimed: boolean }>>`
    WITH entry AS (
      UPDATE "WaitingListEntry" SET "status" = 'BOOKED', "updatedAt" = now()
      WHERE "id" = ${booking.waitingListEntryId}::uuid AND "status" = 'WAITING'
      RETURNING "id"
    ), referral AS (
      UPDATE "Referral" SET "status" = 'BOOKED', "updatedAt" = now()
      WHERE "id" = ${booking.referralId}::uuid AND "status" = 'ACCEPTED'
      RETURNING "id"
    ), appointment AS (
      INSERT INTO "Appointment" ("id", "slotId", "patientId", "referralId", "waitingListEntryId", "appointmentTypeId", "clinicId", "clinicianId",
                                 "startsAt", "endsAt", "bookingChannel", "bookedById", "idempotencyKey", "calendarUid", "updatedAt")
      VALUES (uuidv7(), ${slot.id}::uuid, ${booking.patientId}::uuid, ${booking.referralId}::uuid, ${booking.waitingListEntryId}::uuid,
              ${slot.appointmentTypeId}::uuid, ${slot.clinicId}::uuid, ${slot.clinicianId}::uuid, ${slot.startsAt}, ${slot.endsAt},
              ${booking.channel}::"BookingChannel", ${actor.userId}::uuid, ${booking.idempotencyKey}, ${booking.calendarUid}, now())
      RETURNING *
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "actorUserId", "actorLabel", "action", "entityType", "entityId", "patientId", "after")
      SELECT uuidv7(), ${actor.userId}::uuid, ${actor.label}, 'appointment.booked', 'Appointment', a."id"::text, a."patientId", ${JSON.stringify(after)}::jsonb
      FROM appointment a
    ), reminder AS (
      -- The unique key is reminderJobKey(appointmentId, daysBefore).
      INSERT INTO "Job" ("queue", "payload", "runAt", "uniqueKey")
      SELECT ${REMINDER_QUEUE}, jsonb_build_object('appointmentId', a."id", 'daysBefore', r.days), r."runAt", ${REMINDER_QUEUE} || ':' || a."id" || ':' || r.days || 'd'
      FROM appointment a, unnest(${reminders.map((r) => r.daysBefore)}::int[], ${reminders.map((r) => r.runAt.toISOString())}::timestamptz[]) AS r(days, "runAt")
      ON CONFLICT ("uniqueKey") DO NOTHING
    )
    SELECT a.*, EXISTS (SELECT 1 FROM entry) AS "entryClaimed" FROM appointment a`;
  const { entryClaimed, ...appointment } = row!;
  return { appointment: appointment as Appointment, entryClaimed };
}
