/* Client-safe: forms import the type and initial state; the error helper is in form-errors.ts. */
/** What was typed into a form, repeated fields (checkboxes) as arrays, to show it again. */
export type FormValues = Record<string, string | string[]>;

/**
 * What every form's server action answers when it does not redirect: field errors
 * keyed by the id of the field they are about (the error summary links to it and
 * the field shows it), a message about the form as a whole (a problem, or what was
 * done), and the values to show again, since React resets a form after its action.
 * `attempt` counts submissions: a form keyed by it starts again from `values`.
 * Forms that show more (search results, other times) add it through `Extra`.
 */
export type FormState<Extra extends object = object> = {
  status: "idle" | "error" | "done";
  attempt: number;
  errors: Record<string, string>;
  message?: string;
  values: FormValues;
} & Partial<Extra>;

export const initialFormState: FormState = { status: "idle", attempt: 0, errors: {}, values: {} };

/** FormData's text fields, repeated names as arrays (files and Next.js's own "$ACTION…" fields are left out). */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$")) continue;
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (all.length === 0) continue;
    values[name] = all.length > 1 ? all : all[0]!;
  }
  return values;
}

/** One text value of a form state ("" when absent; the first of repeated values). */
export function formValue(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** Every value as text (the first of repeated values), for forms without repeated fields. */
export function formTexts(values: FormValues): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, formValue(values, name)]));
}
