import type { ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Fieldset } from "./fieldset";
import { Hint } from "./hint";
import type { HeadingSize } from "./label";

export type DatePart = "day" | "month" | "year";

export type DateInputProps = {
  /** Id of the group; the inputs get `${id}-day`, `${id}-month` and `${id}-year` (link the error summary to one of these). */
  id: string;
  /** Field names are `${name}-day`, `${name}-month`, `${name}-year`. Defaults to id. */
  name?: string;
  legend: ReactNode;
  legendSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Which parts to highlight; when there is an error and this is omitted, all three are. */
  errorParts?: DatePart[];
  defaultValues?: Partial<Record<DatePart, string>>;
  /** "bday" for a date of birth, which turns on bday-day / bday-month / bday-year autocomplete. */
  autoCompletePrefix?: "bday";
};

const parts: Array<{ part: DatePart; label: string; width: number }> = [
  { part: "day", label: "Day", width: 2 },
  { part: "month", label: "Month", width: 2 },
  { part: "year", label: "Year", width: 4 },
];

export function DateInput({ id, name = id, legend, legendSize, isPageHeading, hint, error, errorParts, defaultValues, autoCompletePrefix }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = Boolean(error);
  const errorId = invalid ? `${id}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} role="group" describedBy={describedBy(hintId, errorId)}>
        {hintId && <Hint id={hintId}>{hint}</Hint>}
        {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="nhsuk-date-input" id={id}>
          {parts.map(({ part, label, width }) => {
            const inError = invalid && (errorParts === undefined || errorParts.includes(part));
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className={cx("nhsuk-form-group", inError && "nhsuk-form-group--error")}>
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {label}
                  </label>
                  <input
                    className={cx("nhsuk-input", inError && "nhsuk-input--error", `nhsuk-input--width-${width}`, "nhsuk-date-input__input")}
                    id={`${id}-${part}`}
                    name={`${name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix && `${autoCompletePrefix}-${part}`}
                    defaultValue={defaultValues?.[part]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
