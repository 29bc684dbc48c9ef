/** The `slot` query parameter (one value), or "" when absent. */
export function slotParam(query: Record<string, string | string[] | undefined>): string {
  const value = query.slot;
  return typeof value === "string" ? value : "";
}
