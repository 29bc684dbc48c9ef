import { randomUUID } from "node:crypto";
import type { Actor } from "../../platform/audit/record-audit";
import type { Db, DbClient, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { CLOSED_REFERRAL_STATUSES } from "./closed-referral";
import { BookingError, BookingLinkError, ReferralClosedError, DuplicateIdempotencyKeyError, IdempotencyKeyReusedError, mapDatabaseError, SlotNotBookableError, SlotTakenError } from "./errors";
import { findAlternativeSlots } from "./find-slots";
import { recordNewBooking } from "./record-new-booking";
import { bookAppointmentSchema, type BookAppointmentInput } from "./schemas";
import { assertSlotBookable, BOOKING_TRANSACTION, lockSlots, slotFields } from "./slot-lock";

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
 * locks the slot, checks it for a friendly answer, inserts the appointment, marks
 * the waiting-list entry and referral booked, and writes the audit event and the
 * confirmation to the outbox. The database has the last word (capacity trigger,
 * exclusion constraints), so a lost race becomes SlotTakenError with alternatives.
 */
export async function bookAppointment(client: Db, input: BookAppointmentInput, actor: Actor, options: { now?: Date; alsoInTransaction?: AlsoInTransaction } = {}): Promise<BookingResult> {
  const data = bookAppointmentSchema.parse(input);
  const now = options.now ?? new Date();
  const earlier = await findIdempotentBooking(client, data);
  if (earlier) return { appointment: earlier, replayed: true };
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
  const slot = (await lockSlots(tx, [data.slotId])).get(data.slotId);
  // Checked again under the slot's lock: a same-key request that got the lock first has committed by now.
  const earlier = await findIdempotentBooking(tx, data);
  if (earlier) return { appointment: earlier, replayed: true };
  assertSlotBookable(slot, data.channel, now);

  const links = await claimBookingLinks(tx, data, slot.serviceId);
  const appointment = await tx.appointment.create({
    data: {
      ...slotFields(slot),
      patientId: data.patientId,
      referralId: links.referralId,
      waitingListEntryId: data.waitingListEntryId ?? null,
      bookingChannel: data.channel,
      bookedById: actor.userId,
      idempotencyKey: data.idempotencyKey ?? null,
      calendarUid: `${randomUUID()}@frontdoor`,
    },
  });
  await recordNewBooking(tx, appointment, actor, now);
  return { appointment, replayed: false };
}

/**
 * Marks the waiting-list entry and the referral booked. Both must be this
 * patient's and for the slot's service; the entry must still be waiting (guarded
 * update, so two clerks booking the same entry cannot both succeed). A referral
 * moves to BOOKED only from ACCEPTED: a follow-up booking leaves a SEEN or
 * ON_PIFU referral alone.
 */
async function claimBookingLinks(
  tx: Tx,
  data: { patientId: string; referralId?: string; waitingListEntryId?: string },
  serviceId: string,
): Promise<{ referralId: string | null }> {
  let referralId = data.referralId ?? null;
  if (data.waitingListEntryId) {
    const entry = await tx.waitingListEntry.findFirst({
      where: { id: data.waitingListEntryId, patientId: data.patientId, ...(referralId ? { referralId } : {}) },
      select: { referralId: true, serviceId: true },
    });
    if (!entry) throw new BookingLinkError();
    // A slot of another service would book the wrong clinic against this wait.
    if (entry.serviceId !== serviceId) throw new SlotNotBookableError("OTHER_SERVICE");
    const claimed = await tx.waitingListEntry.updateMany({
      where: { id: data.waitingListEntryId, status: "WAITING" },
      data: { status: "BOOKED" },
    });
    // Usually the same patient booked from this entry a moment ago (another tab, or a colleague).
    if (claimed.count !== 1) throw new BookingLinkError("This patient has just been booked from this waiting-list entry, perhaps in another tab. Check their appointments before booking again.");
    referralId = entry.referralId;
  }
  if (referralId) {
    const referral = await tx.referral.findFirst({ where: { id: referralId, patientId: data.patientId }, select: { id: true, serviceId: true, status: true } });
    if (!referral) throw new BookingLinkError();
    // For the message only: the database refuses the insert anyway (trigger Appointment_referral_open).
    if (CLOSED_REFERRAL_STATUSES.includes(referral.status)) throw new ReferralClosedError();
    if (referral.serviceId !== serviceId) throw new SlotNotBookableError("OTHER_SERVICE");
    await tx.referral.updateMany({ where: { id: referralId, status: "ACCEPTED" }, data: { status: "BOOKED" } });
  }
  return { referralId };
}

/** A booking already made with this idempotency key, if it was this same request. */
async function findIdempotentBooking(client: DbClient, data: BookingData): Promise<Appointment | null> {
  if (!data.idempotencyKey) return null;
  const appointment = await client.appointment.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
  if (!appointment) return null;
  if (appointment.patientId !== data.patientId || appointment.slotId !== data.slotId) throw new IdempotencyKeyReusedError();
  return appointment;
}
