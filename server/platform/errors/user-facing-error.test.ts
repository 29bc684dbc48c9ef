import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "./domain-error";
import { userFacingError } from "./user-facing-error";

afterEach(() => vi.restoreAllMocks());

class ExpectedError extends DomainError {
  readonly code = "EXPECTED";
  constructor() {
    super("Only an accepted referral can be invited to book.");
  }
}

describe("userFacingError", () => {
  it("shows any capability's expected error as written", () => {
    expect(userFacingError(new ExpectedError(), "inviting").message).toMatch(/accepted referral/);
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
