"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import type { SelfBookingState } from "./self-booking-action";
import { initialFormState } from "@/server/platform/forms/form-state";
import { FormProblems } from "./form-problems";
import { HiddenFields } from "./hidden-fields";

export function CancelForm({
  action,
  fields,
  reasons,
}: {
  action: (previous: SelfBookingState, form: FormData) => Promise<SelfBookingState>;
  fields: Record<string, string>;
  reasons: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as SelfBookingState);
  const value = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} noValidate key={state.attempt}>
      <FormProblems state={state} />
      <HiddenFields fields={fields} />
      <Radios
        idPrefix="reason"
        name="reason"
        legend="Why are you cancelling?"
        legendSize="m"
        error={state.errors?.reason}
        defaultValue={value("reason")}
        items={Object.entries(reasons).map(([value, label]) => ({ value, label }))}
      />
      <Textarea id="details" name="details" label="Tell us more (optional, unless you chose another reason)" rows={3} error={state.errors?.details} defaultValue={value("details")} />
      <Button type="submit" variant="warning" preventDoubleClick disabled={pending}>
        Cancel appointment
      </Button>
    </form>
  );
}
