"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { DECISIONS, type PifuDecision } from "@/server/pifu/request-schema";
import { decideRequestAction, type DecideState } from "./actions";

export function DecideForm({ requestId }: { requestId: string }) {
  const [state, formAction, pending] = useActionState(decideRequestAction, {} as DecideState);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#decision")} />
      <input type="hidden" name="requestId" value={requestId} />
      <Radios
        idPrefix="decision"
        name="decision"
        legend="What should happen?"
        legendSize="m"
        defaultValue={values.decision}
        error={errors.decision}
        items={(Object.keys(DECISIONS) as PifuDecision[]).map((value) => ({ value, label: DECISIONS[value] }))}
      />
      <Textarea
        id="note"
        name="note"
        label="What the patient is told"
        hint="Needed for advice and for steering to the GP or 111; optional when booking. The patient reads it in their message and online."
        rows={4}
        defaultValue={values.note}
        error={errors.note}
      />
      <Button preventDoubleClick disabled={pending}>
        Record the decision
      </Button>
    </form>
  );
}
