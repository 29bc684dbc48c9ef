"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import type { FormState } from "./form-state";
import { FormProblems } from "./form-problems";
import { HiddenFields } from "./hidden-fields";

export function ConfirmForm({ action, fields }: { action: (previous: FormState, form: FormData) => Promise<FormState>; fields: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <HiddenFields fields={fields} />
      <Button type="submit" preventDoubleClick disabled={pending}>
        Confirm I will come
      </Button>
    </form>
  );
}
