"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { dischargeAfterReviewAction, type StartState } from "./actions";

/** The other end of a review: discharge to the GP, with the patient's and GP's letters. */
export function DischargeForm({ pathwayId }: { pathwayId: string }) {
  const [state, formAction, pending] = useActionState(dischargeAfterReviewAction, {} as StartState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#discharge")} />
      <input type="hidden" name="pathwayId" value={pathwayId} />
      <Button id="discharge" variant="secondary" preventDoubleClick disabled={pending}>
        Discharge to the GP
      </Button>
    </form>
  );
}
