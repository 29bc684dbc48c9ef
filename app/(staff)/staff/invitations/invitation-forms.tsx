"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { TextInput } from "@/components/text-input";
import { sendInvitationAction, type InvitationState } from "./actions";

export function InviteByReferenceForm() {
  const [state, formAction, pending] = useActionState<InvitationState, FormData>(sendInvitationAction, {});
  return (
    <form action={formAction} noValidate>
      {state.sent && <NotificationBanner success>{state.sent}</NotificationBanner>}
      <ErrorSummary errors={state.error ? [{ href: "#reference", text: state.error }] : []} />
      <TextInput id="reference" name="reference" label="Booking reference" width={10} code autoComplete="off" spellCheck={false} error={state.error} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Send invitation
      </Button>
    </form>
  );
}

/** `context` completes the button's name for screen readers, e.g. "to Alex Morgan". */
export function InviteButton({ referralId, context }: { referralId: string; context: string }) {
  const [state, formAction, pending] = useActionState<InvitationState, FormData>(sendInvitationAction, {});
  if (state.sent) return <p className="nhsuk-u-margin-bottom-0">Invitation sent</p>;
  return (
    <form action={formAction}>
      <input type="hidden" name="referralId" value={referralId} />
      {state.error && <p className="nhsuk-error-message">{state.error}</p>}
      <Button type="submit" small variant="secondary" className="nhsuk-u-margin-bottom-0" disabled={pending}>
        Send invitation<span className="nhsuk-u-visually-hidden"> {context}</span>
      </Button>
    </form>
  );
}
