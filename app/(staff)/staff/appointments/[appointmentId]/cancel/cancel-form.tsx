"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { formValue, initialFormState } from "@/server/platform/forms/form-state";
import { cancelAppointmentAction } from "./actions";

export function CancelForm({ appointmentId }: { appointmentId: string }) {
  const [state, formAction, pending] = useActionState(cancelAppointmentAction, initialFormState);
  const errors = state.errors;
  const value = (name: string) => formValue(state.values, name);
  const summary = errorSummaryItems(state, "#requestedBy");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Radios
        idPrefix="requestedBy"
        name="requestedBy"
        legend="Who asked to cancel?"
        legendSize="m"
        defaultValue={value("requestedBy")}
        error={errors.requestedBy}
        items={[
          { value: "PATIENT", label: "The patient", hint: "Or their parent, carer or representative" },
          { value: "HOSPITAL", label: "The hospital", hint: "For example, the clinic is not running or the clinician is away" },
        ]}
      />
      <Textarea id="reason" name="reason" label="Reason for cancelling" labelSize="m" hint="This is kept in the appointment's history" rows={3} defaultValue={value("reason")} error={errors.reason} />
      <Button variant="warning" preventDoubleClick disabled={pending}>
        Cancel appointment
      </Button>
    </form>
  );
}
