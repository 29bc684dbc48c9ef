import { Choices, type ChoiceOption, type ChoicesProps } from "./choices";

export type RadiosProps = ChoicesProps<ChoiceOption> & {
  /** The value chosen before (for example when re-showing the form with errors). */
  defaultValue?: string;
};

const kind = { type: "radio", block: "nhsuk-radios" } as const;

export function Radios({ defaultValue, ...props }: RadiosProps) {
  return <Choices {...props} kind={kind} isChecked={(option) => option.value === defaultValue} />;
}
