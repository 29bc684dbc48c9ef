/** Links for the error summary, in the order the fields appear on the form (errors are keyed by field name). */
export function errorLinks(errors: Record<string, string>, order: readonly (readonly [field: string, anchor: string])[], message?: string) {
  return [
    ...(message ? [{ href: `#${order[0]?.[1] ?? "maincontent"}`, text: message }] : []),
    ...order.filter(([field]) => errors[field]).map(([field, anchor]) => ({ href: `#${anchor}`, text: errors[field]! })),
  ];
}
