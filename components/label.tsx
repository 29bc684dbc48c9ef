import type { ReactNode } from "react";
import { cx } from "./class-names";

export type HeadingSize = "s" | "m" | "l" | "xl";

export type LabelProps = {
  htmlFor: string;
  children: ReactNode;
  size?: HeadingSize;
  /** Wraps the label in the page's h1, for one-question pages. */
  isPageHeading?: boolean;
  className?: string;
};

export function Label({ htmlFor, children, size, isPageHeading, className }: LabelProps) {
  const label = (
    <label className={cx("nhsuk-label", size && `nhsuk-label--${size}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="nhsuk-label-wrapper">{label}</h1> : label;
}
