"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import type { PifuRttChoice } from "@/server/pifu/activation-schema";
import { PifuActivationFields, type TemplateChoice } from "../../_components/pifu-activation-fields";
import { startPifuAction, type StartState } from "./actions";

export function StartForm({ referralId, templates, suggestedRtt }: { referralId: string; templates: TemplateChoice[]; suggestedRtt: PifuRttChoice }) {
  const [state, formAction, pending] = useActionState(startPifuAction, {} as StartState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#templateId")} />
      <input type="hidden" name="referralId" value={referralId} />
      <PifuActivationFields templates={templates} suggestedRtt={suggestedRtt} values={state.values ?? {}} errors={state.errors ?? {}} />
      {templates.length > 0 && (
        <Button preventDoubleClick disabled={pending}>
          Start patient-initiated follow-up
        </Button>
      )}
    </form>
  );
}
