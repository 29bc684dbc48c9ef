"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import type { SelfBookingState } from "./self-booking-action";
import { initialFormState } from "@/server/platform/forms/form-state";
import { FormProblems } from "./form-problems";
import { HiddenFields } from "./hidden-fields";
import { NeedsFields, type NeedsDefaults } from "./needs-fields";

/** Step 2 of 3: communication needs and the button that books (or moves) the appointment. */
export function CheckForm({
  action,
  fields,
  needs,
  submitLabel,
}: {
  action: (previous: SelfBookingState, form: FormData) => Promise<SelfBookingState>;
  fields: Record<string, string>;
  needs: NeedsDefaults;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as SelfBookingState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <HiddenFields fields={fields} />
      <NeedsFields key={state.attempt} defaults={state.status === "error" ? needsFrom(state.values) : needs} errors={state.errors} />
      <Button type="submit" preventDoubleClick disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

function needsFrom(values: Record<string, string | string[]>): NeedsDefaults {
  const needs = values.needs;
  const one = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : null);
  return { needs: Array.isArray(needs) ? needs : needs ? [needs] : [], interpreterLanguage: one("interpreterLanguage"), accessNotes: one("accessNotes") };
}
