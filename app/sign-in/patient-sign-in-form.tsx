"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { formValue, initialFormState } from "@/server/platform/forms/form-state";
import { TextInput } from "@/components/text-input";
import { requestSignInLinkAction } from "./actions";

/** Asks for a sign-in link by email: a plain POST form, so it works without JavaScript. */
export function PatientSignInForm() {
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, initialFormState);
  const email = formValue(state.values, "email") || undefined;
  return (
    <form action={formAction} noValidate key={email ?? ""}>
      <ErrorSummary errors={errorSummaryItems(state, "#email")} />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        spellCheck={false}
        defaultValue={email}
        error={state.errors.email ?? state.message}
      />
      <Button type="submit" preventDoubleClick disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
