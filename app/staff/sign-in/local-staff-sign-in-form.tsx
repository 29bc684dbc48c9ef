"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type StaffOption = { email: string; label: string };

/** Development and test sign-in: pick a staff member. The server refuses it in production. */
export function LocalStaffSignInForm({ staff }: { staff: StaffOption[] }) {
  const [error, setError] = useState<string>();
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const result = await signIn("local-staff", { email, redirect: false });
    if (!result || result.error) {
      setError("That staff account cannot sign in");
      return;
    }
    router.push("/staff");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit}>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Development sign-in
          </span>
        </h2>
        <p>This sign-in exists only on development and test machines. Live systems use NHS CIS2.</p>
      </div>
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={error ? "email-error" : undefined}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Sign in as</legend>
          {error && (
            <span className="nhsuk-error-message" id="email-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <div className="nhsuk-radios">
            {staff.map((s, i) => (
              <div className="nhsuk-radios__item" key={s.email}>
                <input className="nhsuk-radios__input" id={`staff-${i}`} name="email" type="radio" value={s.email} defaultChecked={i === 0} />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={`staff-${i}`}>{s.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button className="nhsuk-button" type="submit">Sign in</button>
    </form>
  );
}
