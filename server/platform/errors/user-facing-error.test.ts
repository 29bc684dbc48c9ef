import { afterEach, describe, expect, it, vi } from "vitest";
import { SlotTakenError, PatientDoubleBookedError } from "../../booking/core/errors";
import { InvitationNotPossibleError } from "../../booking/invitations/send-booking-invitation";
import { userFacingError } from "./user-facing-error";

afterEach(() => vi.restoreAllMocks());

describe("userFacingError", () => {
  it("shows any capability's expected error as written", () => {
    expect(userFacingError(new PatientDoubleBookedError(), "booking").message).toBe(new PatientDoubleBookedError().message);
    expect(userFacingError(new InvitationNotPossibleError(), "inviting").message).toMatch(/accepted referral/);
  });

  it("offers the alternatives that come with a taken slot", () => {
    expect(userFacingError(new SlotTakenError([]), "booking")).toEqual({ message: new SlotTakenError().message, alternatives: [] });
  });

  it("hides anything unexpected behind a reference, and keeps its message out of the log", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = userFacingError(new Error("duplicate key value (nhs_number)=(9990000018)"), "booking");
    expect(result.message).toMatch(/^Sorry, there is a problem with the service/);
    expect(result.message).toContain(result.reference ?? "missing");
    expect(result.message).not.toContain("9990000018");
    expect(log.mock.calls.flat().join(" ")).not.toContain("9990000018");
  });
});
