"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { formValue, initialFormState } from "@/server/platform/forms/form-state";
import { TextInput } from "@/components/text-input";
import { referenceSignInAction } from "./actions";

export function ReferenceSignInForm({ reference }: { reference: string }) {
  const [state, formAction, pending] = useActionState(referenceSignInAction, initialFormState);
  const errors = state.errors;
  const value = (name: string) => formValue(state.values, name) || undefined;
  const [day, month, year] = [errors["dateOfBirth-day"], errors["dateOfBirth-month"], errors["dateOfBirth-year"]];
  const dobError = day ?? month ?? year;
  return (
    <form action={formAction} noValidate key={state.attempt}>
      <ErrorSummary errors={errorSummaryItems(state, "#reference")} />
      <TextInput
        id="reference"
        name="reference"
        label="Booking reference"
        hint="This is on your letter or email. It has 8 letters and numbers, like K7MX 4PQA."
        width={10}
        code
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        defaultValue={value("reference") ?? reference}
        error={errors.reference}
      />
      <DateInput
        id="dateOfBirth"
        legend="Date of birth"
        legendSize="s"
        hint="For example, 31 3 1980"
        autoCompletePrefix="bday"
        error={dobError}
        errorParts={day ? ["day"] : month ? ["month"] : year ? ["year"] : undefined}
        defaultValues={{ day: value("dateOfBirth-day"), month: value("dateOfBirth-month"), year: value("dateOfBirth-year") }}
      />
      <TextInput id="postcode" name="postcode" label="Postcode" hint="The postcode of your home address" width={10} autoComplete="postal-code" defaultValue={value("postcode")} error={errors.postcode} />
      <Button type="submit" preventDoubleClick disabled={pending}>
        Continue
      </Button>
    </form>
  );
}
