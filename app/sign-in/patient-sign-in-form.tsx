"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";

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
      {error && (
        <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="error-summary-title">There is a problem</h2>
          <div className="nhsuk-error-summary__body">
            <ul className="nhsuk-list nhsuk-error-summary__list">
              <li><a href="#email">{error}</a></li>
            </ul>
          </div>
        </div>
      )}
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label" htmlFor="email">Email address</label>
        {error && (
          <span className="nhsuk-error-message" id="email-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          className={`nhsuk-input${error ? " nhsuk-input--error" : ""}`}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          aria-describedby={error ? "email-error" : undefined}
        />
      </div>
      <button className="nhsuk-button" type="submit" disabled={sending}>
        {sending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
