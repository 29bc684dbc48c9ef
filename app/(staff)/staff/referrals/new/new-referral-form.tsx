"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Fieldset } from "@/components/fieldset";
import { Radios } from "@/components/radios";
import { Select, type SelectOption } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import { createReferralAction } from "./actions";

type Props = { nhsNumber: string; knownPatient: boolean; services: SelectOption[]; formId: string; today: string };

const SOURCES = [
  { value: "GP", label: "GP" },
  { value: "E_REFERRAL_SERVICE", label: "e-Referral Service" },
  { value: "SELF", label: "Self-referral" },
  { value: "CONSULTANT", label: "Consultant" },
  { value: "OTHER_TRUST", label: "Another trust" },
  { value: "OTHER", label: "Other" },
];

/** The referral details (and a new patient's details). Field errors come back from the server action. */
export function NewReferralForm({ nhsNumber, knownPatient, services, formId, today }: Props) {
  const [state, action, pending] = useActionState(createReferralAction, initialFormState);
  const errors = state.errors;
  const v = formTexts(state.values);
  const [year, month, day] = today.split("-");
  const text = (id: string, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput id={id} name={id} label={label} defaultValue={v[id]} error={errors[id]} {...extra} />
  );
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#reason")} />
      <input type="hidden" name="nhsNumber" value={nhsNumber} />
      <input type="hidden" name="knownPatient" value={knownPatient ? "yes" : "no"} />
      <input type="hidden" name="formId" value={formId} />
      {errors.nhsNumber && <p className="nhsuk-error-message" id="nhsNumber">{errors.nhsNumber}</p>}

      {!knownPatient && (
        <Fieldset legend="Patient's details" legendSize="m">
          {text("givenName", "First name", { autoComplete: "off", width: 20 })}
          {text("familyName", "Last name", { autoComplete: "off", width: 20 })}
          <DateInput id="dateOfBirth" legend="Date of birth" hint="For example, 14 3 1984" error={errors["dateOfBirth-day"]} defaultValues={{ day: v["dateOfBirth-day"], month: v["dateOfBirth-month"], year: v["dateOfBirth-year"] }} />
          {text("addressLine1", "Address line 1")}
          {text("addressLine2", "Address line 2 (optional)")}
          {text("town", "Town or city", { width: 20 })}
          {text("postcode", "Postcode", { width: 10 })}
          {text("email", "Email address (optional)", { type: "email", spellCheck: false, hint: "We send updates about the referral here. Without one we write by post." })}
          {text("mobile", "Mobile number (optional)", { type: "tel", width: 20 })}
        </Fieldset>
      )}

      <Fieldset legend="Referral" legendSize="m">
        <Select id="serviceCode" name="serviceCode" label="Service" defaultValue={v.serviceCode ?? ""} error={errors.serviceCode} options={[{ value: "", text: "Choose a service" }, ...services]} />
        <Radios idPrefix="priority" name="priority" legend="Priority" legendSize="s" defaultValue={v.priority ?? "ROUTINE"} error={errors.priority} items={[{ value: "ROUTINE", label: "Routine" }, { value: "URGENT", label: "Urgent" }, { value: "TWO_WEEK_WAIT", label: "Two-week wait" }]} />
        <DateInput id="receivedAt" legend="Date received" hint="The RTT clock starts on this date" error={errors["receivedAt-day"]} defaultValues={{ day: v["receivedAt-day"] ?? day, month: v["receivedAt-month"] ?? month, year: v["receivedAt-year"] ?? year }} />
        <Select id="source" name="source" label="Referred by" defaultValue={v.source ?? "GP"} error={errors.source} options={SOURCES.map((s) => ({ value: s.value, text: s.label }))} />
        {text("referrerName", "Referrer's name and practice", { hint: "For example, Dr A Khan, Elm Surgery" })}
        {text("referrerOrgCode", "Referrer's ODS code (optional)", { width: 10, spellCheck: false })}
        {text("referrerEmail", "Referrer's email address (optional)", { type: "email", spellCheck: false, hint: "Where to send a returned referral or advice" })}
        {text("ubrn", "UBRN (optional)", { width: 20, inputMode: "numeric", hint: "The 12-digit e-Referral Service number, if there is one" })}
        <Textarea id="reason" name="reason" label="Reason for referral" defaultValue={v.reason} error={errors.reason} rows={4} />
      </Fieldset>
      <Button type="submit" disabled={pending} preventDoubleClick>
        Add referral
      </Button>
    </form>
  );
}
