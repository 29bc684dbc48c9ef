"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/text-input";

const emailSchema = z.email({ message: "Enter an email address in the correct format, like name@example.com" });

/** Asks next-auth to email a sign-in link. Shows errors the NHS.UK way. */
export function PatientSignInForm() {
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get("email");
    const parsed = emailSchema.safeParse(typeof email === "string" ? email.trim() : "");
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setSending(true);
    await signIn("email", { email: parsed.data, callbackUrl: "/patient" });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={error ? [{ href: "#email", text: error }] : []} />
      <TextInput id="email" name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} error={error} />
      <Button type="submit" disabled={sending}>
        {sending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
