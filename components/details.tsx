import type { ReactNode } from "react";
import { cx } from "./class-names";

export type DetailsProps = {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  /** The boxed "expander" style, for longer content. */
  expander?: boolean;
};

export function Details({ summary, children, open, expander }: DetailsProps) {
  return (
    <details className={cx("nhsuk-details", expander && "nhsuk-expander")} open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
