"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Fieldset } from "@/components/fieldset";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { formValue, initialFormState } from "@/server/platform/forms/form-state";
import { recordOutcomeAction } from "./actions";

const durations = ["3", "6", "12", "24"];

export function OutcomeForm({ appointmentId }: { appointmentId: string }) {
  const [state, formAction, pending] = useActionState(recordOutcomeAction, initialFormState);
  const errors = state.errors;
  const value = (name: string) => formValue(state.values, name);
  const summary = errorSummaryItems(state, "#outcome");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Radios
        idPrefix="outcome"
        name="outcome"
        legend="What is the outcome?"
        legendSize="m"
        defaultValue={value("outcome")}
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
        <TextInput id="weeks" name="weeks" label="See again in how many weeks?" width={3} inputMode="numeric" defaultValue={value("weeks")} error={errors.weeks} />
      </Fieldset>
      <Fieldset legend="For patient-initiated follow-up" legendSize="s">
        <Radios
          idPrefix="durationMonths"
          name="durationMonths"
          legend="How long should the follow-up period last?"
          small
          inline
          defaultValue={value("durationMonths")}
          error={errors.durationMonths}
          items={durations.map((months) => ({ value: months, label: `${months} months` }))}
        />
        <Textarea
          id="triggerSymptoms"
          name="triggerSymptoms"
          label="Symptoms that should prompt the patient to get in touch"
          hint="These go in the patient's letter, with how to get in touch"
          rows={3}
          defaultValue={value("triggerSymptoms")}
          error={errors.triggerSymptoms}
        />
        <Radios
          idPrefix="endAction"
          name="endAction"
          legend="At the end of the period"
          small
          defaultValue={value("endAction")}
          error={errors.endAction}
          items={[
            { value: "DISCHARGE", label: "Discharge to the GP" },
            { value: "CLINICAL_REVIEW", label: "Book a clinical review" },
          ]}
        />
      </Fieldset>
      <Textarea id="note" name="note" label="Note (optional)" rows={3} defaultValue={value("note")} error={errors.note} />
      <Button preventDoubleClick disabled={pending}>
        Record outcome
      </Button>
    </form>
  );
}
