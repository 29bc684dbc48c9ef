import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "../../platform/forms/field-errors";
import { cancelAppointmentSchema, recordOutcomeSchema } from "./schemas";

/** What a form leaves out arrives as a missing field: each gets a message a person can act on. */
describe("booking schemas on form input", () => {
  const appointmentId = randomUUID();
  const errors = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) => (result.error ? fieldErrors(result.error) : {});

  it("asks for each missing part of an outcome", () => {
    expect(errors(recordOutcomeSchema.safeParse({ appointmentId }))).toEqual({ outcome: "Select an outcome" });
    expect(errors(recordOutcomeSchema.safeParse({ appointmentId, outcome: "FOLLOW_UP" }))).toEqual({ weeks: "Enter the number of weeks" });
    expect(errors(recordOutcomeSchema.safeParse({ appointmentId, outcome: "PATIENT_INITIATED_FOLLOW_UP" }))).toEqual({
      templateId: "Choose a PIFU template",
      period: "Select how long the follow-up period lasts",
      rttStatus: "Confirm the RTT status",
    });
    expect(recordOutcomeSchema.parse({ appointmentId, outcome: "FOLLOW_UP", weeks: "6" })).toMatchObject({ weeks: 6 });
  });

  it("asks who wanted a cancellation and why", () => {
    expect(errors(cancelAppointmentSchema.safeParse({ appointmentId, reason: " " }))).toEqual({
      requestedBy: "Select who asked for this: the patient or the hospital",
      reason: "Enter a reason for cancelling",
    });
  });
});
