import type { DbClient } from "../../platform/db/client";
import { earliestPatientStart } from "../core/slot-lock";
import type { AppointmentMode } from "../../platform/db/generated/enums";
import { isUuid } from "../../platform/forms/uuid";

export type SlotChoice = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  typeName: string;
  mode: AppointmentMode;
  clinicianName: string;
  clinicianRole: string;
  serviceName: string;
  place: string[];
};

/**
 * The slot a patient picked, if it is still one they may book among `typeIds`:
 * free, bookable online, within notice and horizon. Shown on the check page;
 * the booking core checks it all again under lock.
 */
export async function loadSlotChoice(client: DbClient, slotId: string, typeIds: string[], now: Date): Promise<SlotChoice | null> {
  if (!isUuid(slotId)) return null;
  const slot = await client.slot.findFirst({
    where: { id: slotId, appointmentTypeId: { in: typeIds }, status: "AVAILABLE", patientBookable: true },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      bookedCount: true,
      appointmentType: { select: { name: true, mode: true, minNoticeHours: true, maxHorizonDays: true, patientBookable: true } },
      clinician: { select: { name: true, professionalRole: true } },
      clinic: { select: { service: { select: { name: true } }, location: { select: { name: true, addressLine1: true, addressLine2: true, town: true, postcode: true } } } },
    },
  });
  if (!slot || slot.bookedCount >= slot.capacity || !slot.appointmentType.patientBookable) return null;
  const tooSoon = slot.startsAt.getTime() < earliestPatientStart(slot.appointmentType, now).getTime();
  const tooFar = slot.startsAt.getTime() > now.getTime() + slot.appointmentType.maxHorizonDays * 86_400_000;
  if (tooSoon || tooFar) return null;
  const location = slot.clinic.location;
  return {
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    typeName: slot.appointmentType.name,
    mode: slot.appointmentType.mode,
    clinicianName: slot.clinician.name,
    clinicianRole: slot.clinician.professionalRole,
    serviceName: slot.clinic.service.name,
    place: [location.name, location.addressLine1, location.addressLine2, location.town, location.postcode].filter((l): l is string => Boolean(l)),
  };
}
