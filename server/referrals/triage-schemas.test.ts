import { describe, expect, it } from "vitest";
import { fieldErrors } from "../platform/forms/field-errors";
import { triageReferralSchema } from "./triage-schemas";

const referralId = "019a0000-0000-7000-8000-000000000001";

describe("triageReferralSchema", () => {
  it.each([
    { input: { referralId, outcome: "" }, errors: { outcome: "Choose a triage outcome" } },
    { input: { referralId, outcome: "MAYBE" }, errors: { outcome: "Choose a triage outcome" } },
    { input: { referralId, outcome: "REJECT", reason: " " }, errors: { reason: "Enter the reason for returning the referral" } },
    { input: { referralId, outcome: "REDIRECT", serviceId: "", note: "x" }, errors: { serviceId: "Choose the service to redirect the referral to" } },
    { input: { referralId, outcome: "ADVICE_AND_GUIDANCE", advice: "" }, errors: { advice: "Enter the advice for the referrer" } },
    { input: { referralId, outcome: "ACCEPT", priority: "SOON" }, errors: { priority: "Choose a priority: routine, urgent or two-week wait" } },
  ])("$input.outcome → $errors", ({ input, errors }) => {
    const result = triageReferralSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual(errors);
  });

  it("treats blank optional choices from a form as not given", () => {
    const result = triageReferralSchema.safeParse({ referralId, outcome: "ACCEPT", priority: "URGENT", clinicalPriority: "", appointmentTypeId: "", note: "" });
    expect(result.success && result.data).toEqual({ referralId, outcome: "ACCEPT", priority: "URGENT", clinicalPriority: undefined, appointmentTypeId: undefined, note: undefined });
  });
});
