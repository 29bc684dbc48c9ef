"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import type { LetterActionState } from "./actions";

/** One small form per row: a hidden id, the next action, and what happened. */
export function RowAction({
  action,
  id,
  label,
  context,
  reason,
}: {
  action: (previous: LetterActionState, form: FormData) => Promise<LetterActionState>;
  id?: string;
  label: string;
  /** Completes the button's name for screen readers. */
  context?: string;
  /** Asks for a reason (returned mail). */
  reason?: boolean;
}) {
  const [state, formAction, pending] = useActionState<LetterActionState, FormData>(action, {});
  if (state.done) return <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{state.done}</p>;
  const inputId = `reason-${id ?? "x"}`;
  return (
    <form action={formAction}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {state.error ? <p className="nhsuk-error-message">{state.error}</p> : null}
      {reason ? (
        <>
          <label className="nhsuk-label nhsuk-body-s" htmlFor={inputId}>
            Why it came back<span className="nhsuk-u-visually-hidden"> {context}</span>
          </label>
          <input className="nhsuk-input nhsuk-input--width-20" id={inputId} name="reason" maxLength={200} />
        </>
      ) : null}
      <Button type="submit" small variant="secondary" className="nhsuk-u-margin-bottom-0" disabled={pending}>
        {label}
        {context ? <span className="nhsuk-u-visually-hidden"> {context}</span> : null}
      </Button>
    </form>
  );
}
