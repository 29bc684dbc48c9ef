import { ErrorSummary, errorSummaryItems } from "@/components/error-summary";
import type { SelfBookingState } from "./self-booking-action";

/** The error summary for a self-booking form, with other times when the chosen one has gone. */
export function FormProblems({ state }: { state: SelfBookingState }) {
  return (
    <>
      <ErrorSummary errors={errorSummaryItems(state, state.alternatives ? "#alternatives" : "#maincontent")} />
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
