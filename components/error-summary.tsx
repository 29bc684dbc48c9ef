import type { ReactNode } from "react";

export type ErrorSummaryItem = {
  /** The field to jump to, for example "#email" or "#date-of-birth-day". */
  href: string;
  text: string;
};

export type ErrorSummaryProps = {
  errors: ErrorSummaryItem[];
  title?: string;
  description?: ReactNode;
};

/**
 * Lists a form's errors at the top of the page. nhsuk-frontend's JS (see
 * NhsukInit) focuses it when it appears, so screen readers announce it, and
 * makes each link focus its field.
 */
export function ErrorSummary({ errors, title = "There is a problem", description }: ErrorSummaryProps) {
  if (errors.length === 0 && description === undefined) return null;
  // A new key for a new set of errors gives a fresh element, which NhsukInit
  // initialises and so focuses again after a resubmission.
  const key = errors.map((error) => `${error.href}\u0000${error.text}`).join("\u0001");
  return (
    <div className="nhsuk-error-summary" data-module="nhsuk-error-summary" key={key}>
      {/* role="alert" sits on a child so focusing the root does not race with the announcement. */}
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {description !== undefined && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {errors.map((error) => (
                <li key={error.href + error.text}>
                  <a href={error.href}>{error.text}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * The summary's links for a form state: a message about the whole form (linked to
 * `messageHref`, usually the first field) and one link per field error, keyed by field id.
 */
export function errorSummaryItems(state: { message?: string; errors?: Record<string, string> }, messageHref: string): ErrorSummaryItem[] {
  return [
    ...(state.message ? [{ href: messageHref, text: state.message }] : []),
    ...Object.entries(state.errors ?? {}).map(([field, text]) => ({ href: `#${field}`, text })),
  ];
}
