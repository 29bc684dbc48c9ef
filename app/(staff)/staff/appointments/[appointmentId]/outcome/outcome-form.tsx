"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Fieldset } from "@/components/fieldset";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { PifuRttChoice } from "@/server/pifu/activation-schema";
import { PifuActivationFields, type TemplateChoice } from "../../../pifu/_components/pifu-activation-fields";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import { recordOutcomeAction } from "./actions";

type Props = { appointmentId: string; pifuTemplates: TemplateChoice[]; suggestedRtt: PifuRttChoice };

/** The RTT status proposed for each outcome (computed on the server from the clock and the appointment); PIFU confirms its own. */
export type RttProposals = Record<string, { proposed: string | null; choices: { value: string; label: string }[]; why: string }>;

export function OutcomeForm({ appointmentId, pifuTemplates, suggestedRtt, proposals }: Props & { proposals: RttProposals }) {
  const [state, formAction, pending] = useActionState(recordOutcomeAction, initialFormState);
  const errors = state.errors;
  const values = formTexts(state.values);
  const [outcome, setOutcome] = useState(values.outcome ?? "");
  const summary = errorSummaryItems(state, "#outcome");
  // PIFU confirms its RTT status in its own fields.
  const proposal = outcome === "PATIENT_INITIATED_FOLLOW_UP" ? undefined : proposals[outcome];
  return (
    <form
      action={formAction}
      noValidate
      onChange={(event) => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement)) return;
        if (target.name === "outcome") setOutcome(target.value);
      }}
    >
      <ErrorSummary errors={summary} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Radios
        idPrefix="outcome"
        name="outcome"
        legend="What is the outcome?"
        legendSize="m"
        defaultValue={values.outcome}
        error={errors.outcome}
        items={[
          { value: "DISCHARGED", label: "Discharge", hint: "Back to the GP; the referral is closed" },
          { value: "FOLLOW_UP", label: "Follow-up appointment", hint: "The patient goes on the follow-up waiting list" },
          {
            value: "PATIENT_INITIATED_FOLLOW_UP",
            label: "Patient-initiated follow-up (PIFU)",
            hint: "The patient gets in touch if their symptoms return, instead of a fixed follow-up",
          },
          { value: "ADDED_TO_TREATMENT_LIST", label: "Add to the treatment list" },
          { value: "REFERRED_ELSEWHERE", label: "Refer elsewhere", hint: "The referral is closed here" },
        ]}
      />
      <Fieldset legend="For a follow-up appointment" legendSize="s">
        <TextInput id="weeks" name="weeks" label="See again in how many weeks?" width={3} inputMode="numeric" defaultValue={values.weeks} error={errors.weeks} />
      </Fieldset>
      <Fieldset legend="For patient-initiated follow-up" legendSize="s">
        <PifuActivationFields templates={pifuTemplates} suggestedRtt={suggestedRtt} values={values} errors={errors} />
      </Fieldset>
      {proposal && proposal.proposed ? (
        <Radios
          key={outcome}
          idPrefix="outcomeRttStatus"
          name="outcomeRttStatus"
          legend="RTT status"
          legendSize="s"
          hint={`${proposal.why} Confirm it or choose another.`}
          defaultValue={values.outcome === outcome && values.outcomeRttStatus ? values.outcomeRttStatus : proposal.proposed}
          error={errors.outcomeRttStatus}
          small
          items={proposal.choices.map((choice) => ({ value: choice.value, label: choice.value === proposal.proposed ? `${choice.label} (proposed)` : choice.label }))}
        />
      ) : proposal || outcome === "PATIENT_INITIATED_FOLLOW_UP" ? (
        <p className="nhsuk-body-s" id="outcomeRttStatus">
          {proposal?.why ?? "Confirm the RTT status with the follow-up period above."}
        </p>
      ) : (
        <p className="nhsuk-body-s" id="outcomeRttStatus">
          RTT status: the status the national rules imply for the outcome is recorded, unless you change it here once you have chosen the outcome.
          {errors.outcomeRttStatus && <span className="nhsuk-error-message"> {errors.outcomeRttStatus}</span>}
        </p>
      )}
      <Textarea id="note" name="note" label="Note (optional)" rows={3} defaultValue={values.note} error={errors.note} />
      <Button preventDoubleClick disabled={pending}>
        Record outcome
      </Button>
    </form>
  );
}
