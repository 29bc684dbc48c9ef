"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { PREFERRED_MODES } from "@/server/pifu/request-schema";
/** What the request actions return when they do not redirect. */
export type AskState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };

type Props = {
  pathwayId: string;
  questions: string[];
  triggerSymptoms: string;
  action: (state: AskState, formData: FormData) => Promise<AskState>;
  /** Staff logging a phone call speak of "the patient", not "you". */
  forStaff?: boolean;
};

/** The request form: about this condition?, the template's questions, what has changed, and how to be seen. Shared by patients and staff. */
export function AskForm({ pathwayId, questions, triggerSymptoms, action, forStaff }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as AskState);
  const errors = { ...state.errors };
  // Answers come back as answers[i]; each box is answer-i.
  const values = state.values ?? {};
  const you = forStaff ? "the patient's" : "your";
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems({ message: state.message, errors }, "#aboutCondition")} />
      <input type="hidden" name="pathwayId" value={pathwayId} />
      <Radios
        idPrefix="aboutCondition"
        name="aboutCondition"
        legend={forStaff ? "Is the request about these symptoms?" : "Is your request about these symptoms?"}
        legendSize="m"
        hint={triggerSymptoms}
        defaultValue={values.aboutCondition}
        error={errors.aboutCondition}
        items={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No, it is about something else" },
        ]}
      />
      {questions.map((question, i) => (
        <Textarea key={question} id={`answer-${i}`} name={`answer-${i}`} label={question} labelSize="s" rows={2} defaultValue={values[`answer-${i}`]} error={errors[`answer-${i}`]} />
      ))}
      <Textarea
        id="details"
        name="details"
        label={`What has changed in ${you} symptoms?`}
        labelSize="s"
        hint="Tell us what is happening and since when"
        rows={5}
        defaultValue={values.details}
        error={errors.details}
      />
      <Radios
        idPrefix="preferredMode"
        name="preferredMode"
        legend={forStaff ? "How would the patient like to be seen?" : "How would you like to be seen?"}
        legendSize="s"
        defaultValue={values.preferredMode}
        error={errors.preferredMode}
        items={Object.entries(PREFERRED_MODES).map(([value, label]) => ({ value, label }))}
      />
      <Button preventDoubleClick disabled={pending}>
        {forStaff ? "Log the request" : "Send your request"}
      </Button>
    </form>
  );
}
