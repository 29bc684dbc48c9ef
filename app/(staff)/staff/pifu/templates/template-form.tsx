"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { saveTemplateAction, type TemplateFormState } from "./actions";

type Props = { services: { id: string; name: string }[]; initial: Record<string, string> };

export function TemplateForm({ services, initial }: Props) {
  const [state, formAction, pending] = useActionState(saveTemplateAction, {} as TemplateFormState);
  const errors = state.errors ?? {};
  const values = state.values ?? initial;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#name")} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <Select id="serviceId" name="serviceId" label="Service" labelSize="s" defaultValue={values.serviceId} error={errors.serviceId} options={services.map((s) => ({ value: s.id, text: s.name }))} />
      <TextInput id="name" name="name" label="Name" labelSize="s" hint="The condition and period, for example Rheumatoid arthritis flare – 12 months" defaultValue={values.name} error={errors.name} />
      <Radios
        idPrefix="period"
        name="period"
        legend="Period"
        legendSize="s"
        small
        defaultValue={values.period}
        error={errors.period}
        items={[
          ...["3", "6", "12", "24"].map((m) => ({ value: m, label: `${m} months` })),
          { value: "CUSTOM", label: "Another number of months" },
          { value: "OPEN_ENDED", label: "Open-ended", hint: "A clinician reviews anyone not heard from for 24 months" },
        ]}
      />
      <TextInput
        id="customMonths"
        name="customMonths"
        label="For another number of months: how many?"
        labelSize="s"
        width={2}
        inputMode="numeric"
        defaultValue={values.customMonths}
        error={errors.customMonths}
      />
      <Textarea id="triggerSymptoms" name="triggerSymptoms" label="Symptoms that should prompt the patient to get in touch" labelSize="s" hint="In plain English: the patient reads this on their letter and online" rows={4} defaultValue={values.triggerSymptoms} error={errors.triggerSymptoms} />
      <Textarea id="safetyNetting" name="safetyNetting" label="When to call 111 or 999 instead" labelSize="s" rows={3} defaultValue={values.safetyNetting} error={errors.safetyNetting} />
      <Textarea id="howToContact" name="howToContact" label="How to get in touch" labelSize="s" rows={2} defaultValue={values.howToContact} error={errors.howToContact} />
      <Radios
        idPrefix="endAction"
        name="endAction"
        legend="At the end of the period"
        legendSize="s"
        small
        defaultValue={values.endAction}
        error={errors.endAction}
        items={[
          { value: "DISCHARGE", label: "Discharge to the GP", hint: "Patient and GP letters; the referral is closed" },
          { value: "CLINICAL_REVIEW", label: "Clinical review", hint: "A review task goes to the service's worklist" },
        ]}
      />
      <TextInput id="responseWorkingDays" name="responseWorkingDays" label="Respond to requests within (working days)" labelSize="s" width={2} inputMode="numeric" defaultValue={values.responseWorkingDays ?? "3"} error={errors.responseWorkingDays} />
      <Textarea id="questions" name="questions" label="Questions the patient answers when asking for an appointment" labelSize="s" hint="One question a line, up to 10" rows={5} defaultValue={values.questions} error={errors.questions} />
      <Radios idPrefix="active" name="active" legend="Can clinicians choose this template?" legendSize="s" small inline defaultValue={values.active ?? "yes"} error={errors.active} items={[{ value: "yes", label: "Yes" }, { value: "no", label: "No, not in use" }]} />
      <Button preventDoubleClick disabled={pending}>
        Save template
      </Button>
    </form>
  );
}
