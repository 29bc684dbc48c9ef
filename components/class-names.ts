/** Joins the truthy class names, so optional modifiers read as `cond && "nhsuk-x--y"`. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}

/** Builds an aria-describedby value from the ids that are present, or undefined when none are. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const value = cx(...ids);
  return value === "" ? undefined : value;
}
