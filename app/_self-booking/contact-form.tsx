"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import type { SelfBookingState } from "./self-booking-action";
import { initialFormState } from "@/server/platform/forms/form-state";
import { FormProblems } from "./form-problems";
import { HiddenFields } from "./hidden-fields";

export function ContactForm({
  action,
  fields,
  weekdays,
  times,
  phone,
}: {
  action: (previous: SelfBookingState, form: FormData) => Promise<SelfBookingState>;
  fields: Record<string, string>;
  weekdays: Record<string, string>;
  times: Record<string, string>;
  phone: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as SelfBookingState);
  const errors = state.errors;
  const values = state.values;
  const one = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const many = (name: string) => [values[name] ?? []].flat();
  return (
    <form action={formAction} noValidate key={state.attempt}>
      <FormProblems state={state} />
      <HiddenFields fields={fields} />
      <Radios
        idPrefix="request"
        name="request"
        legend="What would you like us to do?"
        legendSize="m"
        error={errors.request}
        defaultValue={one("request")}
        items={[
          { value: "CALL_BACK", label: "Call me to find a time" },
          { value: "PREFERRED_TIMES", label: "Offer me a time on the days or times that suit me" },
        ]}
      />
      <TextInput
        id="phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        label="Phone number"
        hint="We will call you on this number. Needed if you want a call."
        width={20}
        defaultValue={one("phone") ?? phone}
        error={errors.phone}
      />
      <Checkboxes
        idPrefix="days"
        name="days"
        legend="Which days suit you?"
        legendSize="s"
        hint="Select all that apply."
        error={errors.days}
        defaultValues={many("days")}
        items={Object.entries(weekdays).map(([value, label]) => ({ value, label }))}
      />
      <Checkboxes idPrefix="times" name="times" legend="Which times suit you?" legendSize="s" defaultValues={many("times")} items={Object.entries(times).map(([value, label]) => ({ value, label }))} />
      <Textarea id="notes" name="notes" label="Anything else we should know (optional)" rows={3} error={errors.notes} defaultValue={one("notes")} />
      <Button type="submit" preventDoubleClick disabled={pending}>
        Send
      </Button>
    </form>
  );
}
