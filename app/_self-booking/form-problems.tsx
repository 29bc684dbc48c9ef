import { ErrorSummary } from "@/components/error-summary";
import type { FormState } from "./form-state";

/** The error summary for a self-booking form, with other times when the chosen one has gone. */
export function FormProblems({ state }: { state: FormState }) {
  return (
    <>
      <ErrorSummary errors={state.errors ?? []} />
      {state.alternatives && (
        <div id="alternatives" tabIndex={-1}>
          {state.alternatives.length > 0 ? (
            <>
              <h2 className="nhsuk-heading-m">Other times you can book</h2>
              <ul className="nhsuk-list nhsuk-list--border" aria-label="Other times you can book">
                {state.alternatives.map((alternative) => (
                  <li key={alternative.href}>
                    <a href={alternative.href}>{alternative.text}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>There are no other times to book online at the moment.</p>
          )}
        </div>
      )}
    </>
  );
}
