import type { ReactNode } from "react";

export type WarningCalloutProps = {
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  children: ReactNode;
};

/** Yellow "Important" card (in nhsuk-frontend v10 a warning callout is a warning card). */
export function WarningCallout({ heading = "Important", headingLevel = 3, children }: WarningCalloutProps) {
  const Heading = `h${headingLevel}` as const;
  // Screen reader users hear "Important:" before a custom heading, as the colour is not available to them.
  const needsPrefix = !heading.toLowerCase().includes("important");
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          {needsPrefix ? (
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {heading}
            </span>
          ) : (
            heading
          )}
        </Heading>
        {typeof children === "string" ? <p className="nhsuk-card__description">{children}</p> : children}
      </div>
    </div>
  );
}
