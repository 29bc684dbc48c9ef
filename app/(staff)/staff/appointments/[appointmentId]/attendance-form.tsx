"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import { initialFormState } from "@/server/platform/forms/form-state";
import { recordAttendanceAction } from "./actions";

export type AttendanceChoice = { status: "ARRIVED" | "SEEN" | "DID_NOT_ATTEND" | "WAS_NOT_BROUGHT"; label: string };

/** One button per attendance the appointment can move to now. */
export function AttendanceForm({ appointmentId, choices }: { appointmentId: string; choices: AttendanceChoice[] }) {
  const [state, formAction, pending] = useActionState(recordAttendanceAction, initialFormState);
  return (
    <form action={formAction} id="attendance">
      <ErrorSummary errors={errorSummaryItems(state, "#attendance")} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <div className="nhsuk-button-group">
        {choices.map((choice) => (
          <Button key={choice.status} name="status" value={choice.status} variant={choice.status === "ARRIVED" || choice.status === "SEEN" ? "secondary" : "warning"} preventDoubleClick disabled={pending}>
            {choice.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
