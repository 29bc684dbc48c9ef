"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { addNoteAction, assignToMeAction, completeTaskAction, decideMissedAppointmentAction } from "./actions";
import { initialTaskFormState } from "./task-form-state";

export function AssignToMeForm({ taskId }: { taskId: string }) {
  const [state, action, pending] = useActionState(assignToMeAction, initialTaskFormState);
  return (
    <form action={action}>
      <ErrorSummary errors={errorSummaryItems(state, "#assign")} />
      <input type="hidden" name="taskId" value={taskId} />
      <Button id="assign" variant="secondary" disabled={pending}>
        Assign to me
      </Button>
    </form>
  );
}

export function AddNoteForm({ taskId }: { taskId: string }) {
  const [state, action, pending] = useActionState(addNoteAction, initialTaskFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#text")} />
      <input type="hidden" name="taskId" value={taskId} />
      <Textarea id="text" name="text" label="Add a note" labelSize="s" rows={3} defaultValue={state.values?.text} error={state.errors?.text} />
      <Button variant="secondary" disabled={pending}>
        Add note
      </Button>
    </form>
  );
}

export function CompleteTaskForm({ taskId, hint }: { taskId: string; hint: string }) {
  const [state, action, pending] = useActionState(completeTaskAction, initialTaskFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#outcome")} />
      <input type="hidden" name="taskId" value={taskId} />
      <TextInput id="outcome" name="outcome" label="What was done?" labelSize="s" hint={hint} defaultValue={state.values?.outcome} error={state.errors?.outcome} />
      <Button preventDoubleClick disabled={pending}>
        Complete task
      </Button>
    </form>
  );
}

export function MissedAppointmentDecisionForm({ taskId, child }: { taskId: string; child: boolean }) {
  const [state, action, pending] = useActionState(decideMissedAppointmentAction, initialTaskFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(state, "#decision")} />
      <input type="hidden" name="taskId" value={taskId} />
      <Radios
        idPrefix="decision"
        name="decision"
        legend="What should happen next?"
        legendSize="s"
        hint={child ? "This child was not brought: consider safeguarding before deciding." : undefined}
        defaultValue={state.values?.decision}
        error={state.errors?.decision}
        items={[
          { value: "REBOOK", label: "Rebook", hint: "The patient goes back on the waiting list and the booking centre gets a task to rebook them" },
          { value: "DISCHARGE", label: "Discharge back to the referrer", hint: "The referral is closed; the patient and the referrer are told" },
        ]}
      />
      <Textarea id="note" name="note" label="Note (optional)" labelSize="s" rows={2} defaultValue={state.values?.note} error={state.errors?.note} />
      <Button preventDoubleClick disabled={pending}>
        Record decision
      </Button>
    </form>
  );
}
