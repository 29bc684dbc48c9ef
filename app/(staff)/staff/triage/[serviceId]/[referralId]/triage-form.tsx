"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select, type SelectOption } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import type { TriageOutcome } from "@/server/referrals/triage-schemas";
import { triageReferralAction } from "./actions";

type Props = {
  /** The decision chosen in step 1; undefined while it is still to be chosen. */
  outcome: TriageOutcome | undefined;
  /** Step 1 was submitted without a choice. */
  missingOutcome: boolean;
  referralId: string;
  serviceId: string;
  usesSurgicalPriorities: boolean;
  referredPriority: string;
  surgicalPriorities: { value: string; label: string }[];
  services: SelectOption[];
  appointmentTypes: SelectOption[];
};

const OUTCOME_LABELS: Record<TriageOutcome, string> = {
  ACCEPT: "Accept",
  REJECT: "Reject and return to the referrer",
  REDIRECT: "Redirect to another service",
  ADVICE_AND_GUIDANCE: "Advice and guidance instead of an appointment",
};

export function TriageForm(props: Props) {
  return props.outcome ? <DecisionDetails {...props} outcome={props.outcome} /> : <ChooseOutcome {...props} />;
}

/** Step 1: which decision. A GET form, so the choice lands in the address and step 2 renders on the server. */
function ChooseOutcome({ missingOutcome, referralId, serviceId }: Props) {
  const error = missingOutcome ? "Choose a triage outcome" : undefined;
  return (
    <form method="get" action={`/staff/triage/${serviceId}/${referralId}`} noValidate>
      <ErrorSummary errors={error ? [{ href: "#outcome", text: error }] : []} />
      <input type="hidden" name="missing" value="1" />
      <Radios
        idPrefix="outcome"
        name="outcome"
        legend="What is your decision?"
        legendSize="m"
        error={error}
        items={[
          { value: "ACCEPT", label: OUTCOME_LABELS.ACCEPT, hint: "The patient joins the waiting list" },
          { value: "REJECT", label: OUTCOME_LABELS.REJECT, hint: "An accepted referral can never be rejected later" },
          { value: "REDIRECT", label: OUTCOME_LABELS.REDIRECT, hint: "The patient's wait so far still counts" },
          { value: "ADVICE_AND_GUIDANCE", label: OUTCOME_LABELS.ADVICE_AND_GUIDANCE },
        ]}
      />
      <Button type="submit">Continue</Button>
    </form>
  );
}

/** Step 2: what the decision needs, posted to the server action. */
function DecisionDetails({ outcome, referralId, serviceId, usesSurgicalPriorities, referredPriority, surgicalPriorities, services, appointmentTypes }: Props & { outcome: TriageOutcome }) {
  const [state, action, pending] = useActionState(triageReferralAction, initialFormState);
  const errors = state.errors;
  const v = formTexts(state.values);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#outcome")} />
      <h2 className="nhsuk-heading-m">Decision: {OUTCOME_LABELS[outcome].toLowerCase()}</h2>
      <p>
        <a href={`/staff/triage/${serviceId}/${referralId}`}>Change the decision</a>
      </p>
      <input type="hidden" name="referralId" value={referralId} />
      <input type="hidden" name="worklistServiceId" value={serviceId} />
      <input type="hidden" name="outcome" value={outcome} />
      {errors.outcome && <p className="nhsuk-error-message" id="outcome">{errors.outcome}</p>}

      {outcome === "ACCEPT" && (
        <>
          {usesSurgicalPriorities ? (
            <Radios idPrefix="clinicalPriority" name="clinicalPriority" legend="Surgical priority" legendSize="s" error={errors.clinicalPriority} defaultValue={v.clinicalPriority} items={surgicalPriorities} />
          ) : (
            <Radios
              idPrefix="priority"
              name="priority"
              legend="Clinical priority"
              legendSize="s"
              hint="The referrer's priority is chosen; change it if you disagree"
              error={errors.priority}
              defaultValue={v.priority ?? referredPriority}
              items={[
                { value: "ROUTINE", label: "Routine" },
                { value: "URGENT", label: "Urgent" },
                { value: "TWO_WEEK_WAIT", label: "Two-week wait" },
              ]}
            />
          )}
          {appointmentTypes.length > 0 && (
            <Select id="appointmentTypeId" name="appointmentTypeId" label="Appointment needed" error={errors.appointmentTypeId} defaultValue={v.appointmentTypeId ?? appointmentTypes[0]?.value} options={appointmentTypes} />
          )}
          <Textarea id="note-ACCEPT" name="note-ACCEPT" label="Note for the booking team (optional)" rows={2} defaultValue={v["note-ACCEPT"]} error={errors["note-ACCEPT"]} />
        </>
      )}
      {outcome === "REJECT" && <Textarea id="reason" name="reason" label="Reason (sent to the referrer and the patient)" rows={4} defaultValue={v.reason} error={errors.reason} />}
      {outcome === "REDIRECT" && (
        <>
          <Select id="redirectServiceId" name="serviceId" label="Service to redirect to" error={errors.redirectServiceId} defaultValue={v.serviceId ?? ""} options={[{ value: "", text: "Choose a service" }, ...services]} />
          <Textarea id="note-REDIRECT" name="note-REDIRECT" label="Why" rows={2} defaultValue={v["note-REDIRECT"]} error={errors["note-REDIRECT"]} />
        </>
      )}
      {outcome === "ADVICE_AND_GUIDANCE" && <Textarea id="advice" name="advice" label="Advice for the referrer" rows={5} defaultValue={v.advice} error={errors.advice} />}
      <Button type="submit" disabled={pending} preventDoubleClick>
        Record decision
      </Button>
    </form>
  );
}
