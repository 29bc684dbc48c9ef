"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { initialFormState, type FormState } from "@/server/platform/forms/form-state";
import { errorLinks } from "./error-links";

export type SessionFormType = { id: string; name: string; durationMinutes: number; patientBookable: boolean };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const fieldOrder = [
  ["weekday", "weekday"],
  ["startTime", "startTime"],
  ["endTime", "endTime"],
  ["slotMinutes", "slotMinutes"],
  ["capacityPerSlot", "capacityPerSlot"],
  ["appointmentTypeIds", "appointmentTypeIds"],
  ["validFrom", "validFrom-day"],
  ["validTo", "validTo-day"],
] as const;

/** Add or change a weekly clinic session. Works without JavaScript (a plain form post to the server action). */
export function SessionForm({
  action,
  clinicId,
  sessionId,
  types,
  initial,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  clinicId: string;
  sessionId?: string;
  types: SessionFormType[];
  initial: FormState["values"];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ...initialFormState, values: initial });
  const { errors } = state;
  const value = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : undefined;
  };
  const datePart = (name: string) => ({ day: value(`${name}-day`), month: value(`${name}-month`), year: value(`${name}-year`) });
  const chosen = state.values.appointmentTypeIds;
  return (
    <form action={formAction} noValidate key={state.attempt}>
      <ErrorSummary errors={errorLinks(errors, fieldOrder, state.message)} />
      <input type="hidden" name="clinicId" value={clinicId} />
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <Select
        id="weekday"
        name="weekday"
        label="Day of the week"
        error={errors.weekday}
        defaultValue={value("weekday") ?? ""}
        options={[{ value: "", text: "Choose a day" }, ...WEEKDAYS.map((text, i) => ({ value: String(i + 1), text }))]}
      />
      <TextInput
        id="startTime"
        name="startTime"
        label="Start time"
        hint="Use the 24-hour clock, for example 09:00 or 13:30"
        width={5}
        error={errors.startTime}
        defaultValue={value("startTime")}
      />
      <TextInput id="endTime" name="endTime" label="End time" hint="For example 12:30" width={5} error={errors.endTime} defaultValue={value("endTime")} />
      <TextInput
        id="slotMinutes"
        name="slotMinutes"
        label="Slot length in minutes"
        hint="The session is divided into slots of this length, so it must divide the session exactly"
        width={3}
        inputMode="numeric"
        error={errors.slotMinutes}
        defaultValue={value("slotMinutes")}
      />
      <TextInput
        id="capacityPerSlot"
        name="capacityPerSlot"
        label="Patients per slot"
        hint="1 for one-to-one appointments, more for a group session"
        width={2}
        inputMode="numeric"
        error={errors.capacityPerSlot}
        defaultValue={value("capacityPerSlot") ?? "1"}
      />
      <Checkboxes
        idPrefix="appointmentTypeIds"
        name="appointmentTypeIds"
        legend="Appointment types"
        legendSize="s"
        hint="Each slot is for one type. Slots take turns through the types you choose, in the order listed: with two types, the first slot is for the first type, the second slot for the second, and so on."
        error={errors.appointmentTypeIds}
        defaultValues={[chosen ?? []].flat()}
        items={types.map((t) => ({
          value: t.id,
          label: t.name,
          hint: `${t.durationMinutes} minutes, ${t.patientBookable ? "patients can book online" : "booked by staff only"}`,
        }))}
      />
      <DateInput id="validFrom" legend="First day the session runs" legendSize="s" hint="For example, 6 4 2026" error={errors.validFrom} defaultValues={datePart("validFrom")} />
      <DateInput
        id="validTo"
        legend="Last day the session runs (optional)"
        legendSize="s"
        hint="Leave this blank if the session runs until further notice"
        error={errors.validTo}
        defaultValues={datePart("validTo")}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
