import type { ReactNode } from "react";

export type PanelProps = {
  heading: ReactNode;
  headingLevel?: 1 | 2 | 3;
  children?: ReactNode;
};

/** The confirmation panel shown when a transaction is complete, for example "Appointment booked". */
export function Panel({ heading, headingLevel = 1, children }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="nhsuk-panel">
      <Heading className="nhsuk-panel__heading">{heading}</Heading>
      {children !== undefined && <div className="nhsuk-panel__body">{children}</div>}
    </div>
  );
}
