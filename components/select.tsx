import type { ComponentProps } from "react";
import { cx } from "./class-names";
import { LabelledField, splitFieldProps, type LabelledFieldProps } from "./labelled-field";

export type SelectOption = { value: string; text: string; disabled?: boolean };

type NativeSelectProps = Omit<ComponentProps<"select">, "id" | "name" | "className" | "children" | "multiple">;

export type SelectProps = NativeSelectProps &
  LabelledFieldProps & {
  options: SelectOption[];
};

export function Select({ options, "aria-describedby": extraDescribedBy, ...props }: SelectProps) {
  const [field, selectProps] = splitFieldProps(props);
  return (
    <LabelledField
      {...field}
      extraDescribedBy={extraDescribedBy}
      control={({ invalid, describedBy }) => (
        <select
          {...selectProps}
          className={cx("nhsuk-select", invalid && "nhsuk-select--error")}
          id={field.id}
          name={field.name}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    />
  );
}
