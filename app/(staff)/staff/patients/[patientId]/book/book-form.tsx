"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import type { SlotChoiceState, SlotDay } from "@/server/booking/centre/slot-choices";
import { SlotChooser } from "../../../_components/slot-chooser";
import { bookSlotAction } from "./actions";
import { initialFormState } from "@/server/platform/forms/form-state";

type Props = { patientId: string; waitingListEntryId: string; idempotencyKey: string; days: SlotDay[] };

export function BookForm({ patientId, waitingListEntryId, idempotencyKey, days }: Props) {
  const [state, formAction, pending] = useActionState(bookSlotAction, initialFormState as SlotChoiceState);
  const errors = [
    ...(state.message ? [{ href: state.alternatives?.length ? "#slot" : "#book-form", text: state.message }] : []),
    ...Object.entries(state.errors).map(([field, text]) => ({ href: `#${field}`, text })),
  ];
  return (
    <form action={formAction} id="book-form" noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="waitingListEntryId" value={waitingListEntryId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SlotChooser days={days} alternatives={state.alternatives} error={state.errors.slot} />
      <Button preventDoubleClick disabled={pending}>
        Book appointment
      </Button>
    </form>
  );
}
