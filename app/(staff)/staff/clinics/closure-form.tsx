"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { initialFormState, type FormState } from "@/server/platform/forms/form-state";
import { errorLinks } from "./error-links";

const fieldOrder = [
  ["startDate", "startDate-day"],
  ["endDate", "endDate-day"],
  ["reason", "reason"],
] as const;

/** Close a clinic for one or more days. */
export function ClosureForm({ action, clinicId }: { action: (state: FormState, formData: FormData) => Promise<FormState>; clinicId: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { errors } = state;
  const value = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : undefined;
  };
  const datePart = (name: string) => ({ day: value(`${name}-day`), month: value(`${name}-month`), year: value(`${name}-year`) });
  return (
    <form action={formAction} noValidate key={state.attempt}>
      <ErrorSummary errors={errorLinks(errors, fieldOrder, state.message)} />
      <input type="hidden" name="clinicId" value={clinicId} />
      <DateInput id="startDate" legend="First day the clinic is closed" legendSize="s" hint="For example, 4 5 2026" error={errors.startDate} defaultValues={datePart("startDate")} />
      <DateInput
        id="endDate"
        legend="Last day the clinic is closed"
        legendSize="s"
        hint="The same as the first day if it is closed for one day"
        error={errors.endDate}
        defaultValues={datePart("endDate")}
      />
      <Textarea
        id="reason"
        name="reason"
        label="Why is the clinic closed?"
        hint="Patients whose appointments have to be moved are told this, so do not include personal details. For example, staff training."
        rows={3}
        error={errors.reason}
        defaultValue={value("reason")}
      />
      <Button type="submit" disabled={pending}>
        Close the clinic on these days
      </Button>
    </form>
  );
}
