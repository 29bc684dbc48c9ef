import type { ZodError } from "zod";

/** What a clinic template form gets back when it must be shown again. */
export type FormState = {
  errors: Record<string, string>;
  values: Record<string, string | string[]>;
  /** Counts submissions: the form is keyed by it, so its fields start again from the values sent back
   * (React's reset after an action would put a select back to its first default). */
  attempt: number;
};

export const emptyFormState: FormState = { errors: {}, values: {}, attempt: 0 };

/** The first message for each field, keyed by its top-level name. */
export function fieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Links for the error summary, in the order the fields appear on the form. */
export function errorLinks(errors: Record<string, string>, order: readonly (readonly [field: string, anchor: string])[]) {
  return order.filter(([field]) => errors[field]).map(([field, anchor]) => ({ href: `#${anchor}`, text: errors[field]! }));
}
