"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import type { SelfBookingState } from "./self-booking-action";
import { initialFormState } from "@/server/platform/forms/form-state";
import { FormProblems } from "./form-problems";
import { HiddenFields } from "./hidden-fields";

export function ConfirmForm({ action, fields }: { action: (previous: SelfBookingState, form: FormData) => Promise<SelfBookingState>; fields: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState as SelfBookingState);
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
