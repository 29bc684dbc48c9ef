import type { ComponentProps, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type HeadingSize } from "./label";

type NativeTextareaProps = Omit<ComponentProps<"textarea">, "id" | "name" | "className" | "children">;

export type TextareaProps = NativeTextareaProps & {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
};

export function Textarea({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  rows = 5,
  "aria-describedby": extraDescribedBy,
  ...textareaProps
}: TextareaProps) {
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
      <textarea
        {...textareaProps}
        className={cx("nhsuk-textarea", invalid && "nhsuk-textarea--error")}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
      />
    </div>
  );
}
