"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { initialFormState, type FormState } from "@/server/platform/forms/form-state";
import type { GenerateSlotsExtra } from "./actions";

/** The admin's "Generate slots now": what the nightly job does, at once. */
export function GenerateSlotsForm({ action }: { action: (previous: FormState<GenerateSlotsExtra>, formData: FormData) => Promise<FormState<GenerateSlotsExtra>> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState as FormState<GenerateSlotsExtra>);
  const summary = state.summary;
  return (
    <form action={formAction}>
      {summary && (
        <NotificationBanner success heading="Slots generated">
          <p>
            {summary.clinics} clinics, up to {summary.until}: {summary.created} slots added, {summary.removed} removed, {summary.updated} changed.
            {summary.needsRebooking > 0 && ` ${summary.needsRebooking} appointments need rebooking and are on the worklist.`}
          </p>
        </NotificationBanner>
      )}
      <Button type="submit" variant="secondary" disabled={pending} preventDoubleClick>
        Generate slots now
      </Button>
    </form>
  );
}
