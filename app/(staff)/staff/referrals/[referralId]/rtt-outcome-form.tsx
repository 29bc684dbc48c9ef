"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import { recordRttOutcomeAction } from "./actions";

type Props = {
  referralId: string;
  outcomes: { value: string; label: string }[];
  missedAppointments: { value: string; text: string }[];
};

/** Lets a clinician record what happened on the pathway; the server applies the RTT rules and says what it did. */
export function RttOutcomeForm({ referralId, outcomes, missedAppointments }: Props) {
  const [state, action, pending] = useActionState(recordRttOutcomeAction, initialFormState);
  const errors = state.errors;
  const values = formTexts(state.values);
  return (
    <form action={action} noValidate>
      <h3 className="nhsuk-heading-s">Record an RTT status</h3>
      {state.status === "done" && (
        <div className="nhsuk-inset-text" role="status">
          <p>{state.message}</p>
        </div>
      )}
      <ErrorSummary errors={errorSummaryItems(state.status === "error" ? state : {}, "#outcome")} />
      <input type="hidden" name="referralId" value={referralId} />
      <Radios
        idPrefix="outcome"
        name="outcome"
        legend="What happened?"
        legendSize="s"
        error={errors.outcome}
        defaultValue={values.outcome}
        items={outcomes.map((o) => ({ value: o.value, label: o.label }))}
      />
      {missedAppointments.length > 0 && (
        <Select
          id="appointmentId"
          name="appointmentId"
          label="Which appointment was missed?"
          hint="Only for a missed first appointment"
          error={errors.appointmentId}
          defaultValue={values.appointmentId}
          options={[{ value: "", text: "Choose an appointment" }, ...missedAppointments]}
        />
      )}
      <DateInput id="rttDate" name="rttDate" legend="When did it happen?" legendSize="s" hint="Leave blank for today" error={errors["rttDate-day"]} defaultValues={{ day: values["rttDate-day"], month: values["rttDate-month"], year: values["rttDate-year"] }} />
      <Textarea id="note" name="note" label="Note (optional)" rows={2} defaultValue={values.note} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Record RTT status
      </Button>
    </form>
  );
}
