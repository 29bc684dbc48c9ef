import { ZodError } from "zod";
import { DomainError } from "../errors/domain-error";
import { userFacingError } from "../errors/user-facing-error";
import type { FormState, FormValues } from "./form-state";

/** Where the error summary links an error about a field path ("patient.dateOfBirth" → "dateOfBirth-day"). */
export type FieldIds = Record<string, string> | ((path: string, values: FormValues) => string);

export type FormErrorOptions = {
  previous?: Pick<FormState, "attempt">;
  values?: FormValues;
  /** Maps a field path to the id of its input (default: the path's first part). */
  fieldIds?: FieldIds;
  /** The field a domain error without one is shown beside (default: the form's message). */
  defaultField?: string;
  /** What was being done, for the server log when the error is unexpected ("Booking"). */
  doing?: string;
};

/**
 * The one way an error becomes a form's answer: a zod error becomes field errors; an
 * expected domain error its message, beside its field when it names one; anything
 * else a generic apology with a reference (logged by userFacingError, without
 * personal data).
 */
export function formErrorState(error: unknown, options: FormErrorOptions = {}): FormState {
  const base: FormState = { status: "error", attempt: (options.previous?.attempt ?? 0) + 1, errors: {}, values: options.values ?? {} };
  if (error instanceof ZodError) {
    for (const issue of error.issues) {
      const id = fieldId(issue.path.map(String), options);
      base.errors[id] ??= issue.message;
    }
    return base;
  }
  if (error instanceof DomainError) {
    const fieldErrors = error.fieldErrors;
    if (fieldErrors) {
      for (const [path, message] of Object.entries(fieldErrors)) base.errors[fieldId(path.split("."), options)] ??= message;
      return base;
    }
    const field = error.field ?? options.defaultField;
    if (field) return { ...base, errors: { [fieldId(field.split("."), options)]: error.message } };
    return { ...base, message: error.message };
  }
  return { ...base, message: userFacingError(error, options.doing ?? "A form").message };
}

/** A successful submission that stays on the page, saying what was done. */
export function formDoneState(message: string, previous?: Pick<FormState, "attempt">): FormState {
  return { status: "done", attempt: (previous?.attempt ?? 0) + 1, errors: {}, values: {}, message };
}

function fieldId(path: string[], { fieldIds, values = {} }: FormErrorOptions): string {
  const joined = path.join(".") || "form";
  if (typeof fieldIds === "function") return fieldIds(joined, values);
  return fieldIds?.[joined] ?? fieldIds?.[path[0] ?? ""] ?? path[0] ?? "form";
}

