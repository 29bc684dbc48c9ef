import type { Tx } from "../../platform/db/client";
import type { BookingChannel, SlotStatus } from "../../platform/db/generated/enums";
import { SlotNotBookableError, SlotTakenError } from "./errors";

/** Booking transactions wait their turn for a connection and a slot's lock rather than failing at once. */
export const BOOKING_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

export type LockedSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  bookedCount: number;
  status: SlotStatus;
  patientBookable: boolean;
  clinicId: string;
  clinicianId: string;
  appointmentTypeId: string;
  serviceId: string;
  typeActive: boolean;
  typePatientBookable: boolean;
  minNoticeHours: number;
  maxHorizonDays: number;
};

/**
 * Locks slot rows (FOR UPDATE) for the rest of the transaction, in id order so two
 * transactions locking the same slots cannot deadlock. Concurrent bookings of one
 * slot queue here and each then sees the count its predecessor committed.
 */
export async function lockSlots(tx: Tx, slotIds: string[]): Promise<Map<string, LockedSlot>> {
  const rows = await tx.$queryRaw<LockedSlot[]>`
    SELECT s."id", s."startsAt", s."endsAt", s."capacity", s."bookedCount", s."status", s."patientBookable",
           s."clinicId", s."clinicianId", s."appointmentTypeId", t."serviceId",
           t."active" AS "typeActive", t."patientBookable" AS "typePatientBookable", t."minNoticeHours", t."maxHorizonDays"
    FROM "Slot" s JOIN "AppointmentType" t ON t."id" = s."appointmentTypeId"
    WHERE s."id" = ANY(${slotIds}::uuid[])
    ORDER BY s."id"
    FOR UPDATE OF s`;
  return new Map(rows.map((row) => [row.id, row]));
}

export function isPatientChannel(channel: BookingChannel): boolean {
  return channel !== "STAFF";
}

/**
 * The checks that give a friendly answer before the database would refuse. Staff
 * may book any future slot with a place; patients only what the appointment type
 * lets them book themselves, within its notice and horizon.
 */
export function assertSlotBookable(slot: LockedSlot | undefined, channel: BookingChannel, now: Date): asserts slot is LockedSlot {
  if (!slot) throw new SlotNotBookableError("NOT_FOUND");
  if (slot.status !== "AVAILABLE" || !slot.typeActive) throw new SlotNotBookableError("NOT_AVAILABLE");
  if (slot.startsAt.getTime() <= now.getTime()) throw new SlotNotBookableError("IN_PAST");
  if (isPatientChannel(channel)) {
    if (!slot.patientBookable || !slot.typePatientBookable) throw new SlotNotBookableError("STAFF_ONLY");
    if (slot.startsAt.getTime() < earliestPatientStart(slot, now).getTime()) throw new SlotNotBookableError("TOO_SOON");
    if (slot.startsAt.getTime() > now.getTime() + slot.maxHorizonDays * 86_400_000) throw new SlotNotBookableError("TOO_FAR_AHEAD");
  }
  if (slot.bookedCount >= slot.capacity) throw new SlotTakenError();
}

export function earliestPatientStart(type: { minNoticeHours: number }, now: Date): Date {
  return new Date(now.getTime() + type.minNoticeHours * 3_600_000);
}

/** The fields an appointment copies from its slot, so the exclusion constraints can see them. */
export function slotFields(slot: LockedSlot) {
  return {
    slotId: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    clinicId: slot.clinicId,
    clinicianId: slot.clinicianId,
    appointmentTypeId: slot.appointmentTypeId,
  };
}
