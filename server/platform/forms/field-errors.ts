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

/** FormData's text fields as a plain object (files and repeated names are ignored). Prefer formValues in form-state.ts. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    // Next.js adds its own "$ACTION_…" fields when a form is posted before JavaScript has loaded.
    if (typeof value === "string" && !name.startsWith("$ACTION") && !(name in fields)) fields[name] = value;
  }
  return fields;
}
