import { Radios } from "@/components/radios";
import type { SlotChoice, SlotDay } from "@/server/booking/centre/slot-choices";

type Props = {
  days: SlotDay[];
  /** Free times offered because the chosen one was taken; listed first. */
  alternatives?: SlotChoice[];
  error?: string;
};

/**
 * Free slots as radios named slotId, one group per day (times in UK time). The
 * first radio's id is "slot" so the error summary can link to it.
 */
export function SlotChooser({ days, alternatives, error }: Props) {
  // Each time is offered once: an alternative is not repeated under its day.
  const offered = new Set((alternatives ?? []).map((slot) => slot.id));
  const groups = [
    ...(offered.size > 0 ? [{ key: "alternatives", heading: "Other times of the same appointment type", slots: alternatives ?? [] }] : []),
    ...days.map((day) => ({ ...day, slots: day.slots.filter((slot) => !offered.has(slot.id)) })).filter((day) => day.slots.length > 0),
  ];
  if (groups.length === 0) return null;
  return (
    <div className="nhsuk-form-group">
      {groups.map((day, index) => (
        <Radios
          key={day.key}
          idPrefix={index === 0 ? "slot" : `slot-${day.key}`}
          name="slotId"
          legend={day.heading}
          legendSize="s"
          small
          error={index === 0 ? error : undefined}
          items={day.slots.map((slot) => ({ value: slot.id, label: slot.label, hint: slot.hint }))}
        />
      ))}
    </div>
  );
}
