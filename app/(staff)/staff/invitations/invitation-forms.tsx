"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { TextInput } from "@/components/text-input";
import { initialFormState } from "@/server/platform/forms/form-state";
import { sendInvitationAction } from "./actions";

export function InviteByReferenceForm() {
  const [state, formAction, pending] = useActionState(sendInvitationAction, initialFormState);
  const error = state.status === "error" ? (state.errors.reference ?? state.message) : undefined;
  const sent = state.status === "done" ? state.message : undefined;
  return (
    <form action={formAction} noValidate>
      {sent && <NotificationBanner success>{sent}</NotificationBanner>}
      <ErrorSummary errors={error ? [{ href: "#reference", text: error }] : []} />
      <TextInput id="reference" name="reference" label="Booking reference" width={10} code autoComplete="off" spellCheck={false} error={error} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Send invitation
      </Button>
    </form>
  );
}

/** `context` completes the button's name for screen readers, e.g. "to Alex Morgan". */
export function InviteButton({ referralId, context }: { referralId: string; context: string }) {
  const [state, formAction, pending] = useActionState(sendInvitationAction, initialFormState);
  const error = state.status === "error" ? (state.errors.reference ?? state.message) : undefined;
  const sent = state.status === "done" ? state.message : undefined;
  if (sent) return <p className="nhsuk-u-margin-bottom-0">Invitation sent</p>;
  return (
    <form action={formAction}>
      <input type="hidden" name="referralId" value={referralId} />
      {error && <p className="nhsuk-error-message">{error}</p>}
      <Button type="submit" small variant="secondary" className="nhsuk-u-margin-bottom-0" disabled={pending}>
        Send invitation<span className="nhsuk-u-visually-hidden"> {context}</span>
      </Button>
    </form>
  );
}
