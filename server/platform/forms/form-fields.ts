/** A text field from FormData ("" when absent). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The three boxes of an NHS.UK date input as YYYY-MM-DD ("" when all are empty, so the schema says "Enter …"). */
export function formDate(formData: FormData, name: string): string {
  const [day, month, year] = ["day", "month", "year"].map((part) => formText(formData, `${name}-${part}`).trim());
  if (!day && !month && !year) return "";
  return `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
}
