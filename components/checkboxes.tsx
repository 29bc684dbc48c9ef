import { Choices, type ChoiceOption, type ChoicesProps } from "./choices";

export type CheckboxOption = ChoiceOption & {
  /** A "none of these" option: ticking it unticks the others (with JavaScript). */
  exclusive?: boolean;
};

export type CheckboxesProps = ChoicesProps<CheckboxOption> & {
  defaultValues?: readonly string[];
};

const kind = { type: "checkbox", block: "nhsuk-checkboxes" } as const;

export function Checkboxes({ defaultValues = [], ...props }: CheckboxesProps) {
  return (
    <Choices
      {...props}
      kind={kind}
      isChecked={(option) => defaultValues.includes(option.value)}
      extraInputProps={(option): Record<`data-${string}`, string> => (option.exclusive ? { "data-behaviour": "exclusive" } : {})}
    />
  );
}
