import type { ComponentProps } from "react";
import { cx } from "./class-names";
import { LabelledField, splitFieldProps, type LabelledFieldProps } from "./labelled-field";

type NativeTextareaProps = Omit<ComponentProps<"textarea">, "id" | "name" | "className" | "children">;

export type TextareaProps = NativeTextareaProps & LabelledFieldProps;

export function Textarea({ rows = 5, "aria-describedby": extraDescribedBy, ...props }: TextareaProps) {
  const [field, textareaProps] = splitFieldProps(props);
  return (
    <LabelledField
      {...field}
      extraDescribedBy={extraDescribedBy}
      control={({ invalid, describedBy }) => (
        <textarea
          {...textareaProps}
          className={cx("nhsuk-textarea", invalid && "nhsuk-textarea--error")}
          id={field.id}
          name={field.name}
          rows={rows}
          aria-describedby={describedBy}
        />
      )}
    />
  );
}
