import type { ReactNode } from "react";
import { cx } from "./class-names";

export type SummaryListAction = {
  href: string;
  text: string;
  /** Completes the link text for screen readers, for example "date of birth" after "Change". */
  visuallyHiddenText?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
};

export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl className={cx("nhsuk-summary-list", noBorder && "nhsuk-summary-list--no-border")}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div className={cx("nhsuk-summary-list__row", anyActions && actions.length === 0 && "nhsuk-summary-list__row--no-actions")} key={index}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 && (
              <dd className="nhsuk-summary-list__actions">
                {actions.length === 1 && actions[0] ? (
                  <ActionLink action={actions[0]} />
                ) : (
                  <ul className="nhsuk-summary-list__actions-list">
                    {actions.map((action, actionIndex) => (
                      <li className="nhsuk-summary-list__actions-list-item" key={actionIndex}>
                        <ActionLink action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <a className="nhsuk-link" href={action.href}>
      {action.text}
      {action.visuallyHiddenText && <span className="nhsuk-u-visually-hidden"> {action.visuallyHiddenText}</span>}
    </a>
  );
}
