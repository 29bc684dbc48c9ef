import type { ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type HeadingSize } from "./label";

/** What every single-control field (text input, select, textarea) takes besides its control. */
export type LabelledFieldProps = {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
};

/**
 * The NHS.UK form group around one control: label, hint, error message, and the
 * ids that tie them to the control. `control` gets whether the field is invalid
 * and the aria-describedby value to put on the control.
 */
export function LabelledField({
  id,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  extraDescribedBy,
  control,
}: LabelledFieldProps & {
  extraDescribedBy?: string;
  control: (wiring: { invalid: boolean; describedBy: string | undefined }) => ReactNode;
}) {
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
      {control({ invalid, describedBy: describedBy(extraDescribedBy, hintId, errorId) })}
    </div>
  );
}

const fieldKeys = ["id", "name", "label", "labelSize", "isPageHeading", "hint", "error"] as const;

/** Separates a field component's props into the form group's and the native control's. */
export function splitFieldProps<T extends LabelledFieldProps>(props: T): [LabelledFieldProps, Omit<T, keyof LabelledFieldProps>] {
  const field: Record<string, unknown> = {};
  const native: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    ((fieldKeys as readonly string[]).includes(key) ? field : native)[key] = value;
  }
  return [field as LabelledFieldProps, native as Omit<T, keyof LabelledFieldProps>];
}
