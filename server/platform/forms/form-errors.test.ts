import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { formErrorState } from "./form-errors";
import { formValues } from "./form-state";

afterEach(() => vi.restoreAllMocks());

class FieldError extends DomainError {
  readonly code = "FIELD";
  override readonly field = "patient.dateOfBirth";
  constructor() {
    super("The date of birth does not match");
  }
}
class FormError extends DomainError {
  readonly code = "FORM";
  constructor() {
    super("This slot has just been taken");
  }
}

const schema = z.object({ name: z.string().min(1, "Enter a name"), patient: z.object({ dateOfBirth: z.string().min(1, "Enter a date of birth") }) });

describe("formErrorState", () => {
  it("turns a zod error into field errors keyed by field id, first message each, and counts the attempt", () => {
    const error = schema.safeParse({ name: "", patient: { dateOfBirth: "" } }).error!;
    expect(formErrorState(error, { previous: { attempt: 2 }, values: { name: "" } })).toEqual({
      status: "error",
      attempt: 3,
      errors: { name: "Enter a name", patient: "Enter a date of birth" },
      values: { name: "" },
    });
    const mapped = formErrorState(error, { fieldIds: (path) => (path === "patient.dateOfBirth" ? "dateOfBirth-day" : path) });
    expect(mapped.errors).toEqual({ name: "Enter a name", "dateOfBirth-day": "Enter a date of birth" });
  });

  it("shows a domain error beside its field, or the default field, or as the form's message", () => {
    expect(formErrorState(new FieldError(), { fieldIds: { "patient.dateOfBirth": "dateOfBirth-day" } }).errors).toEqual({ "dateOfBirth-day": "The date of birth does not match" });
    expect(formErrorState(new FormError(), { defaultField: "reason" }).errors).toEqual({ reason: "This slot has just been taken" });
    expect(formErrorState(new FormError())).toMatchObject({ status: "error", errors: {}, message: "This slot has just been taken" });
  });

  it("hides anything unexpected behind a reference", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const state = formErrorState(new Error("duplicate key (nhs_number)=(9990000018)"), { doing: "Testing" });
    expect(state.message).toMatch(/^Sorry, there is a problem with the service/);
    expect(state.message).not.toContain("9990000018");
  });
});

describe("formValues", () => {
  it("keeps repeated fields as arrays and leaves out Next.js's own fields", () => {
    const form = new FormData();
    form.append("needs", "A");
    form.append("needs", "B");
    form.append("name", "Sam");
    form.append("$ACTION_ID_1", "");
    expect(formValues(form)).toEqual({ needs: ["A", "B"], name: "Sam" });
  });
});
