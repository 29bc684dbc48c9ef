"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import type { SlotDay } from "@/server/booking/centre/slot-choices";
import { SlotChooser } from "../../../_components/slot-chooser";
import { formValue, initialFormState } from "@/server/platform/forms/form-state";
import type { SlotChoiceState } from "@/server/booking/centre/slot-choices";
import { rescheduleAppointmentAction } from "./actions";

export function RescheduleForm({ appointmentId, days }: { appointmentId: string; days: SlotDay[] }) {
  const [state, formAction, pending] = useActionState(rescheduleAppointmentAction, initialFormState as SlotChoiceState);
  const errors = state.errors;
  const summary = errorSummaryItems(state, "#slot");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Radios
        idPrefix="requestedBy"
        name="requestedBy"
        legend="Who asked for the change?"
        legendSize="m"
        inline
        defaultValue={formValue(state.values, "requestedBy")}
        error={errors.requestedBy}
        items={[
          { value: "PATIENT", label: "The patient" },
          { value: "HOSPITAL", label: "The hospital" },
        ]}
      />
      <h2>New time</h2>
      <SlotChooser days={days} alternatives={state.alternatives} error={errors.slot} />
      <Button preventDoubleClick disabled={pending}>
        Move appointment
      </Button>
    </form>
  );
}
