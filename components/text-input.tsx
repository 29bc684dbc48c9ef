import type { ComponentProps, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type HeadingSize } from "./label";

/** Fixed widths in characters, or a fluid width as a share of the container. */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

type NativeInputProps = Omit<ComponentProps<"input">, "id" | "name" | "type" | "className" | "width" | "children" | "prefix">;

export type TextInputProps = NativeInputProps & {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  type?: "text" | "email" | "tel" | "password" | "search" | "url" | "number" | "date";
  width?: InputWidth;
  /** Monospaced, letter-spaced styling for codes such as NHS numbers. */
  code?: boolean;
};

function widthClass(block: string, width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `${block}--width-${width}` : `nhsuk-u-width-${width}`;
}

export function TextInput({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  type = "text",
  width,
  code,
  "aria-describedby": extraDescribedBy,
  ...inputProps
}: TextInputProps) {
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
      <input
        {...inputProps}
        className={cx("nhsuk-input", code && "nhsuk-input--code", invalid && "nhsuk-input--error", widthClass("nhsuk-input", width))}
        id={id}
        name={name}
        type={type}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
      />
    </div>
  );
}
