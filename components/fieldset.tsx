import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { HeadingSize } from "./label";

export type FieldsetProps = {
  legend: ReactNode;
  legendSize?: HeadingSize;
  /** Puts the legend text in the page's h1, for one-question pages. */
  isPageHeading?: boolean;
  describedBy?: string;
  role?: "group";
  className?: string;
  children: ReactNode;
};

export function Fieldset({ legend, legendSize, isPageHeading, describedBy, role, className, children }: FieldsetProps) {
  return (
    <fieldset className={cx("nhsuk-fieldset", className)} role={role} aria-describedby={describedBy}>
      <legend className={cx("nhsuk-fieldset__legend", legendSize && `nhsuk-fieldset__legend--${legendSize}`)}>
        {isPageHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
