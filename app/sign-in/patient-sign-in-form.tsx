"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/text-input";
import { requestSignInLinkAction } from "./actions";

/** Asks for a sign-in link by email: a plain POST form, so it works without JavaScript. */
export function PatientSignInForm() {
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, {});
  const email = typeof state.values?.email === "string" ? state.values.email : undefined;
  return (
    <form action={formAction} noValidate key={email ?? ""}>
      <ErrorSummary errors={state.errors ?? []} />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        spellCheck={false}
        defaultValue={email}
        error={state.fieldErrors?.email ?? (state.message ? state.message : undefined)}
      />
      <Button type="submit" preventDoubleClick disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
