"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select, type SelectOption } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { idleFormState } from "@/server/referrals/form-state";
import { triageReferralAction } from "./actions";

type Props = {
  referralId: string;
  serviceId: string;
  usesSurgicalPriorities: boolean;
  referredPriority: string;
  surgicalPriorities: { value: string; label: string }[];
  services: SelectOption[];
  appointmentTypes: SelectOption[];
};

/** The four triage outcomes, each revealing what it needs (radios with conditional questions). */
export function TriageForm({ referralId, serviceId, usesSurgicalPriorities, referredPriority, surgicalPriorities, services, appointmentTypes }: Props) {
  const [state, action, pending] = useActionState(triageReferralAction, idleFormState);
  const errors = state.status === "error" ? state.errors : {};
  const v = state.status === "error" ? state.values : {};

  const accept = (
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
  );

  return (
    <form action={action} noValidate>
      <ErrorSummary errors={Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text }))} />
      <input type="hidden" name="referralId" value={referralId} />
      <input type="hidden" name="worklistServiceId" value={serviceId} />
      <Radios
        idPrefix="outcome"
        name="outcome"
        legend="What is your decision?"
        legendSize="m"
        error={errors.outcome}
        defaultValue={v.outcome}
        items={[
          { value: "ACCEPT", label: "Accept", hint: "The patient joins the waiting list", conditional: accept },
          {
            value: "REJECT",
            label: "Reject and return to the referrer",
            hint: "An accepted referral can never be rejected later",
            conditional: <Textarea id="reason" name="reason" label="Reason (sent to the referrer and the patient)" rows={3} defaultValue={v.reason} error={errors.reason} />,
          },
          {
            value: "REDIRECT",
            label: "Redirect to another service",
            hint: "The patient's wait so far still counts",
            conditional: (
              <>
                <Select id="redirectServiceId" name="serviceId" label="Service" error={errors.redirectServiceId} defaultValue={v.serviceId ?? ""} options={[{ value: "", text: "Choose a service" }, ...services]} />
                <Textarea id="note-REDIRECT" name="note-REDIRECT" label="Why" rows={2} defaultValue={v["note-REDIRECT"]} error={errors["note-REDIRECT"]} />
              </>
            ),
          },
          {
            value: "ADVICE_AND_GUIDANCE",
            label: "Advice and guidance instead of an appointment",
            conditional: <Textarea id="advice" name="advice" label="Advice for the referrer" rows={4} defaultValue={v.advice} error={errors.advice} />,
          },
        ]}
      />
      <Button type="submit" disabled={pending} preventDoubleClick>
        Record decision
      </Button>
    </form>
  );
}
