import type { DbClient } from "../../platform/db/client";
import { Prisma } from "../../platform/db/generated/client";
import type { AppointmentMode, BookingChannel } from "../../platform/db/generated/enums";
import { findFreeSlotsSchema, type FindFreeSlotsInput } from "./schemas";
import { earliestPatientStart, isPatientChannel } from "./slot-lock";

export type FreeSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  placesLeft: number;
  appointmentTypeId: string;
  appointmentTypeName: string;
  mode: AppointmentMode;
  clinicId: string;
  clinicName: string;
  clinicianId: string;
  clinicianName: string;
  locationId: string;
  locationName: string;
};

/**
 * Free slots, soonest first: AVAILABLE, with a place left, in an active clinic and
 * appointment type, and whose clinician is not already seeing someone at that time
 * in another slot (the exclusion constraint would refuse the booking anyway).
 * Plain SQL so each optional filter stays on an index: (appointmentTypeId, status,
 * startsAt) when a type or service is given, (status, startsAt) otherwise, and the
 * clinician check on the GiST index behind Appointment_clinician_no_overlap.
 */
export async function findFreeSlots(client: DbClient, input: FindFreeSlotsInput): Promise<FreeSlot[]> {
  return client.$queryRaw<FreeSlot[]>(freeSlotsQuery(input));
}

/** The SQL behind findFreeSlots (exported so tests can EXPLAIN it). */
export function freeSlotsQuery(input: FindFreeSlotsInput): Prisma.Sql {
  const q = findFreeSlotsSchema.parse(input);
  const filters: Prisma.Sql[] = [];
  if (q.appointmentTypeId) filters.push(Prisma.sql`AND s."appointmentTypeId" = ${q.appointmentTypeId}::uuid`);
  if (q.serviceId) filters.push(Prisma.sql`AND t."serviceId" = ${q.serviceId}::uuid`);
  if (q.mode) filters.push(Prisma.sql`AND t."mode" = ${q.mode}::"AppointmentMode"`);
  if (q.locationId) filters.push(Prisma.sql`AND c."locationId" = ${q.locationId}::uuid`);
  if (q.patientBookableOnly) filters.push(Prisma.sql`AND s."patientBookable" AND t."patientBookable"`);
  return Prisma.sql`
    SELECT s."id", s."startsAt", s."endsAt", s."capacity" - s."bookedCount" AS "placesLeft",
           s."appointmentTypeId", t."name" AS "appointmentTypeName", t."mode",
           s."clinicId", c."name" AS "clinicName", s."clinicianId", cl."name" AS "clinicianName",
           l."id" AS "locationId", l."name" AS "locationName"
    FROM "Slot" s
    JOIN "AppointmentType" t ON t."id" = s."appointmentTypeId"
    JOIN "Clinic" c ON c."id" = s."clinicId"
    JOIN "Location" l ON l."id" = c."locationId"
    JOIN "Clinician" cl ON cl."id" = s."clinicianId"
    WHERE s."status" = 'AVAILABLE'
      AND s."bookedCount" < s."capacity"
      AND s."startsAt" >= ${q.from} AND s."startsAt" < ${q.to}
      AND t."active" AND c."active"
      ${filters.length > 0 ? Prisma.join(filters, " ") : Prisma.empty}
      AND NOT EXISTS (
        SELECT 1 FROM "Appointment" a
        WHERE a."clinicianId" = s."clinicianId"
          AND a."status" IN ('BOOKED', 'ARRIVED')
          AND tstzrange(a."startsAt", a."endsAt") && tstzrange(s."startsAt", s."endsAt")
          AND a."slotId" <> s."id"
      )
    ORDER BY s."startsAt", s."id"
    LIMIT ${q.limit}`;
}

const ALTERNATIVES = 5;
const ALTERNATIVES_HORIZON_DAYS = 84;

/**
 * What to offer when a slot has gone: the soonest free slots of the same
 * appointment type that this channel may book (patients: bookable online and
 * after the type's notice period).
 */
export async function findAlternativeSlots(
  client: DbClient,
  takenSlotId: string,
  options: { channel: BookingChannel; now: Date; limit?: number },
): Promise<FreeSlot[]> {
  const taken = await client.slot.findUnique({
    where: { id: takenSlotId },
    select: { appointmentTypeId: true, appointmentType: { select: { minNoticeHours: true } } },
  });
  if (!taken) return [];
  const limit = options.limit ?? ALTERNATIVES;
  const patient = isPatientChannel(options.channel);
  const earliest = patient ? earliestPatientStart(taken.appointmentType, options.now) : options.now;
  const slots = await findFreeSlots(client, {
    appointmentTypeId: taken.appointmentTypeId,
    from: earliest,
    to: new Date(earliest.getTime() + ALTERNATIVES_HORIZON_DAYS * 86_400_000),
    patientBookableOnly: patient,
    limit: limit + 1,
  });
  return slots.filter((slot) => slot.id !== takenSlotId).slice(0, limit);
}
