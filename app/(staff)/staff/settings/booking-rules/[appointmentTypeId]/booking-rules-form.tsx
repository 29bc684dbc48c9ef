"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import { updateBookingRulesAction } from "./actions";

type Rules = { id: string; patientBookable: boolean; minNoticeHours: number; maxHorizonDays: number };

export function BookingRulesForm({ rules }: { rules: Rules }) {
  const [state, formAction, pending] = useActionState(updateBookingRulesAction, initialFormState);
  const errors = state.errors;
  const values = state.status === "error" ? formTexts(state.values) : {
    patientBookable: rules.patientBookable ? "yes" : "no",
    minNoticeHours: String(rules.minNoticeHours),
    maxHorizonDays: String(rules.maxHorizonDays),
  };
  const summary = errorSummaryItems(state, "#patientBookable");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" name="appointmentTypeId" value={rules.id} />
      <Radios
        idPrefix="patientBookable"
        name="patientBookable"
        legend="Can patients book this appointment online?"
        legendSize="m"
        inline
        defaultValue={values.patientBookable}
        error={errors.patientBookable}
        items={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No, only staff book it" },
        ]}
      />
      <TextInput
        id="minNoticeHours"
        name="minNoticeHours"
        label="Minimum notice, in hours"
        labelSize="s"
        hint="Patients cannot book online a slot starting sooner than this. For example, 24 for a day's notice"
        width={4}
        inputMode="numeric"
        defaultValue={values.minNoticeHours}
        error={errors.minNoticeHours}
      />
      <TextInput
        id="maxHorizonDays"
        name="maxHorizonDays"
        label="How far ahead patients can book, in days"
        labelSize="s"
        hint="For example, 84 for 12 weeks"
        width={4}
        inputMode="numeric"
        defaultValue={values.maxHorizonDays}
        error={errors.maxHorizonDays}
      />
      <Button preventDoubleClick disabled={pending}>
        Save rules
      </Button>
    </form>
  );
}
