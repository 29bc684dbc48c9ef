/**
 * What a referral form's server action answers: nothing yet, field errors (keyed
 * by the field's id, shown in the error summary and beside the field) with the
 * values to show again, or a message once done.
 */
export type FormState =
  | { status: "idle" }
  | { status: "error"; errors: Record<string, string>; values: Record<string, string> }
  | { status: "done"; message: string };

export const idleFormState: FormState = { status: "idle" };

/** A text field from FormData ("" when absent). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Every text field, to show again after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** The three boxes of an NHS.UK date input as YYYY-MM-DD ("" when all are empty, so the schema says "Enter …"). */
export function formDate(formData: FormData, name: string): string {
  const [day, month, year] = ["day", "month", "year"].map((part) => formText(formData, `${name}-${part}`).trim());
  if (!day && !month && !year) return "";
  return `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
}
