import type { ReactNode } from "react";

/** A plain string is wrapped in a paragraph; other content is rendered as given. */
export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {typeof children === "string" ? <p>{children}</p> : children}
    </div>
  );
}
