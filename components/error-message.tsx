import type { ReactNode } from "react";

/** The red message above a field in error; the hidden prefix tells screen reader users it is an error. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {children}
    </span>
  );
}
