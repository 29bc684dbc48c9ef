import type { z } from "zod";

/**
 * Errors keyed by the field's dotted path ("patient.dateOfBirth"), first message
 * per field, in the order the fields were checked: what reports and tests show.
 * Forms get theirs through formErrorState, which also maps paths to field ids.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
