"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import type { FormState } from "./form-state";
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
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  needs: NeedsDefaults;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <HiddenFields fields={fields} />
      <NeedsFields key={JSON.stringify(state.values ?? {})} defaults={state.values ? needsFrom(state.values) : needs} errors={state.fieldErrors} />
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
