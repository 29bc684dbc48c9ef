import { randomUUID } from "node:crypto";
import type { Actor } from "../../platform/audit/record-audit";
import type { Db, DbClient, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { CLOSED_REFERRAL_STATUSES } from "./closed-referral";
import { BookingError, BookingLinkError, ReferralClosedError, DuplicateIdempotencyKeyError, IdempotencyKeyReusedError, mapDatabaseError, SlotNotBookableError, SlotTakenError } from "./errors";
import { findAlternativeSlots } from "./find-slots";
import { readBookingFacts, writeBooking, type BookingFacts } from "./booking-statements";
import { queueAppointmentMessage } from "./queue-appointment-message";
import { closeRebookingTasks } from "./record-new-booking";
import { bookAppointmentSchema, type BookAppointmentInput } from "./schemas";
import { assertSlotBookable, BOOKING_TRANSACTION } from "./slot-lock";

/**
 * Work that belongs to the same submit as the booking (the patient's
 * communication needs, say): it commits with the booking or not at all.
 */
export type AlsoInTransaction = (tx: Tx) => Promise<unknown>;

export type BookingResult = {
  appointment: Appointment;
  /** true when this was a repeat of a request that had already booked (same idempotency key). */
  replayed: boolean;
};

type BookingData = ReturnType<typeof bookAppointmentSchema.parse>;

/**
 * Books a patient into a slot: the one way every booking is made. One transaction
 * of two statements (booking-statements.ts) locks the slot and reads what is
 * checked, then, once the checks give no friendlier answer, claims the
 * waiting-list entry and referral and writes the appointment, audit event and
 * reminders; the confirmation is queued through the message pipeline. The database has the last word (capacity trigger,
 * exclusion constraints), so a lost race becomes SlotTakenError with alternatives.
 */
export async function bookAppointment(client: Db, input: BookAppointmentInput, actor: Actor, options: { now?: Date; alsoInTransaction?: AlsoInTransaction } = {}): Promise<BookingResult> {
  const data = bookAppointmentSchema.parse(input);
  const now = options.now ?? new Date();
  try {
    return await client.$transaction(async (tx) => {
      const result = await bookInTransaction(tx, data, actor, now);
      await options.alsoInTransaction?.(tx);
      return result;
    }, BOOKING_TRANSACTION);
  } catch (error) {
    const mapped = error instanceof BookingError ? error : mapDatabaseError(error);
    if (mapped instanceof DuplicateIdempotencyKeyError) {
      // Another request with the same key committed between our check and our insert.
      const winner = await findIdempotentBooking(client, data);
      if (winner) return { appointment: winner, replayed: true };
    }
    if (mapped instanceof SlotTakenError && mapped.alternatives.length === 0) {
      throw new SlotTakenError(await findAlternativeSlots(client, data.slotId, { channel: data.channel, now }));
    }
    throw mapped;
  }
}

async function bookInTransaction(tx: Tx, data: BookingData, actor: Actor, now: Date): Promise<BookingResult> {
  const facts = await readBookingFacts(tx, data);
  const { slot } = facts;
  // The read's snapshot is taken before it waits for the slot's lock, so when the
  // slot looks full a same-key request that held the lock (and has committed by
  // now) is looked for again, in a statement of its own.
  const full = !slot || slot.bookedCount >= slot.capacity;
  if (facts.earlierId || (data.idempotencyKey && full)) {
    const earlier = await findIdempotentBooking(tx, data);
    if (earlier) return { appointment: earlier, replayed: true };
  }
  assertSlotBookable(slot, data.channel, now);
  const referralId = checkBookingLinks(data, facts, slot.serviceId);

  const { appointment, entryClaimed } = await writeBooking(
    tx,
    {
      slot,
      patientId: data.patientId,
      referralId,
      waitingListEntryId: data.waitingListEntryId ?? null,
      channel: data.channel,
      idempotencyKey: data.idempotencyKey ?? null,
      calendarUid: `${randomUUID()}@frontdoor`,
      reminderDaysBefore: facts.reminderDaysBefore,
    },
    actor,
    now,
  );
  // Another booking claimed the entry since we read it: this one rolls back.
  if (data.waitingListEntryId && !entryClaimed) throw new BookingLinkError();
  await queueAppointmentMessage(tx, { patientId: appointment.patientId, appointmentId: appointment.id, referralId: appointment.referralId, template: "appointment-confirmation" });
  if (facts.hasRebookingTasks) await closeRebookingTasks(tx, appointment, actor, now);
  return { appointment, replayed: false };
}

/**
 * The waiting-list entry and the referral must be this patient's and for the
 * slot's service, the entry still waiting and the referral still open. Returns
 * the referral the appointment is for (the entry's, or the one given).
 */
function checkBookingLinks(data: { referralId?: string; waitingListEntryId?: string }, facts: BookingFacts, serviceId: string): string | null {
  let referralId = data.referralId ?? null;
  if (data.waitingListEntryId) {
    if (!facts.entry) throw new BookingLinkError();
    // A slot of another service would book the wrong clinic against this wait.
    if (facts.entry.serviceId !== serviceId) throw new SlotNotBookableError("OTHER_SERVICE");
    // Usually the same patient booked from this entry a moment ago (another tab, or a colleague).
    if (facts.entry.status !== "WAITING") throw new BookingLinkError("This patient has just been booked from this waiting-list entry, perhaps in another tab. Check their appointments before booking again.");
    referralId = facts.entry.referralId;
  }
  if (referralId) {
    if (!facts.referral) throw new BookingLinkError();
    // For the message only: the database refuses the insert anyway (trigger Appointment_referral_open).
    if (CLOSED_REFERRAL_STATUSES.includes(facts.referral.status)) throw new ReferralClosedError();
    if (facts.referral.serviceId !== serviceId) throw new SlotNotBookableError("OTHER_SERVICE");
  }
  return referralId;
}

/** A booking already made with this idempotency key, if it was this same request. */
async function findIdempotentBooking(client: DbClient, data: BookingData): Promise<Appointment | null> {
  if (!data.idempotencyKey) return null;
  const appointment = await client.appointment.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
  if (!appointment) return null;
  if (appointment.patientId !== data.patientId || appointment.slotId !== data.slotId) throw new IdempotencyKeyReusedError();
  return appointment;
}
