"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { recordOutcome } from "@/server/booking/core/record-outcome";
import { recordOutcomeSchema } from "@/server/booking/core/schemas";
import { RttChoiceError } from "@/server/booking/core/errors";
import { db } from "@/server/platform/db/client";
import { formErrorState } from "@/server/platform/forms/form-errors";

/**
 * Records the outcome from the one standard set. The booking core starts what it
 * implies: discharge, a follow-up on the waiting list, or a patient-initiated
 * follow-up pathway.
 */
export const recordOutcomeAction = staffAction(
  ["BOOKING_CLERK", "CLINICIAN"],
  recordOutcomeSchema,
  async (input, { actor, previous, values }) => {
    try {
      await recordOutcome(db(), input, actor);
    } catch (error) {
      if (error instanceof RttChoiceError) return formErrorState(error, { previous, values, defaultField: "outcomeRttStatus" });
      throw error;
    }
    redirect(`/staff/appointments/${input.appointmentId}?done=outcome`);
  },
  {
    // Empty boxes are "not given", so the schema's own "Enter …" messages apply.
    input: (_form, values) => Object.fromEntries(Object.entries(values).filter(([, value]) => typeof value !== "string" || value.trim() !== "")),
    doing: "Recording the outcome",
  },
);
