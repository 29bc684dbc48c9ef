import type { ComponentProps } from "react";
import { cx } from "./class-names";
import { LabelledField, splitFieldProps, type LabelledFieldProps } from "./labelled-field";

/** Fixed widths in characters, or a fluid width as a share of the container. */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

type NativeInputProps = Omit<ComponentProps<"input">, "id" | "name" | "type" | "className" | "width" | "children" | "prefix">;

export type TextInputProps = NativeInputProps &
  LabelledFieldProps & {
    type?: "text" | "email" | "tel" | "password" | "search" | "url" | "number" | "date";
    width?: InputWidth;
    /** Monospaced, letter-spaced styling for codes such as NHS numbers. */
    code?: boolean;
  };

function widthClass(block: string, width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `${block}--width-${width}` : `nhsuk-u-width-${width}`;
}

export function TextInput({ type = "text", width, code, "aria-describedby": extraDescribedBy, ...props }: TextInputProps) {
  const [field, inputProps] = splitFieldProps(props);
  return (
    <LabelledField
      {...field}
      extraDescribedBy={extraDescribedBy}
      control={({ invalid, describedBy }) => (
        <input
          {...inputProps}
          className={cx("nhsuk-input", code && "nhsuk-input--code", invalid && "nhsuk-input--error", widthClass("nhsuk-input", width))}
          id={field.id}
          name={field.name}
          type={type}
          aria-describedby={describedBy}
        />
      )}
    />
  );
}
