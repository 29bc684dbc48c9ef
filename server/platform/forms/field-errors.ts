import type { z } from "zod";

/**
 * A form's errors keyed by field (the first element of each issue's path), first
 * message per field, in the order the fields were checked: what an NHS.UK error
 * summary lists and each field's error message shows.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** FormData's text fields as a plain object (files and repeated names are ignored: our forms have neither). */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    // Next.js adds its own "$ACTION_…" fields when a form is posted before JavaScript has loaded.
    if (typeof value === "string" && !name.startsWith("$ACTION") && !(name in fields)) fields[name] = value;
  }
  return fields;
}
