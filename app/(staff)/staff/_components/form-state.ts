/** What a booking-centre form action returns when it does not redirect. */
export type FormState = {
  /** Field name → message, in form order. */
  errors?: Record<string, string>;
  /** A problem not tied to one field (for example "This slot has just been taken"). */
  message?: string;
  /** What was submitted, to fill the form in again. */
  values?: Record<string, string>;
};

/** Error summary items: each field error links to its field (`hrefs` overrides the id, e.g. a date's day box). */
export function errorItems(state: FormState, hrefs: Record<string, string> = {}): Array<{ href: string; text: string }> {
  const items = Object.entries(state.errors ?? {}).map(([field, text]) => ({ href: hrefs[field] ?? `#${field}`, text }));
  return items;
}
