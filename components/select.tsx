import type { ComponentProps, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type HeadingSize } from "./label";

export type SelectOption = { value: string; text: string; disabled?: boolean };

type NativeSelectProps = Omit<ComponentProps<"select">, "id" | "name" | "className" | "children" | "multiple">;

export type SelectProps = NativeSelectProps & {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  options: SelectOption[];
};

export function Select({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  options,
  "aria-describedby": extraDescribedBy,
  ...selectProps
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = Boolean(error);
  const errorId = invalid ? `${id}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        {...selectProps}
        className={cx("nhsuk-select", invalid && "nhsuk-select--error")}
        id={id}
        name={name}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
