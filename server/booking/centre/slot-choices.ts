import type { FormState } from "../../platform/forms/form-state";
import type { FreeSlot } from "../core/find-slots";
import type { AppointmentMode } from "../../platform/db/generated/enums";
import { formatDate, formatTime } from "../../platform/time/london";
import { dayKey } from "../../scheduling/diary/diary-schema";

export type SlotChoice = { id: string; label: string; hint: string };
export type SlotDay = { key: string; heading: string; slots: SlotChoice[] };

export const modeLabel: Record<AppointmentMode, string> = { IN_PERSON: "In person", TELEPHONE: "Telephone", VIDEO: "Video" };

/** Free slots as radio choices grouped by London day, times in UK time, soonest first. */
export function slotDays(slots: FreeSlot[]): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    const key = dayKey(slot.startsAt);
    let day = days.get(key);
    if (!day) {
      day = { key, heading: formatDate(slot.startsAt), slots: [] };
      days.set(key, day);
    }
    day.slots.push(slotChoice(slot));
  }
  return [...days.values()];
}

export function slotChoice(slot: FreeSlot): SlotChoice {
  const where = slot.mode === "IN_PERSON" ? slot.locationName : modeLabel[slot.mode].toLowerCase();
  const places = slot.placesLeft > 1 ? `, ${slot.placesLeft} places left` : "";
  return {
    id: slot.id,
    label: `${formatTime(slot.startsAt)} to ${formatTime(slot.endsAt)}: ${slot.appointmentTypeName}`,
    hint: `${slot.clinicianName}, ${slot.clinicName} (${where})${places}`,
  };
}

/** A staff booking form's answer: with other times when the chosen one has gone. */
export type SlotAlternatives = { alternatives: SlotChoice[] };
export type SlotChoiceState = FormState<SlotAlternatives>;
