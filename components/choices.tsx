import type { ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Fieldset } from "./fieldset";
import { Hint } from "./hint";
import type { HeadingSize } from "./label";

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Content revealed when this option is chosen (for example a follow-up question). */
  conditional?: ReactNode;
  disabled?: boolean;
};

/** A separator such as "or" between options. */
export type ChoiceDivider = { divider: string };

export type ChoicesProps<Option extends ChoiceOption> = {
  /** Id of the first input; later inputs get `${idPrefix}-2`, `-3`, … Link the error summary to idPrefix. */
  idPrefix: string;
  name: string;
  legend: ReactNode;
  legendSize?: HeadingSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: Array<Option | ChoiceDivider>;
  inline?: boolean;
  small?: boolean;
};

type Kind = { type: "radio" | "checkbox"; block: "nhsuk-radios" | "nhsuk-checkboxes" };

/** Shared markup of the radios and checkboxes components, which differ only in names. */
export function Choices<Option extends ChoiceOption>({
  kind,
  isChecked,
  extraInputProps,
  ...props
}: ChoicesProps<Option> & {
  kind: Kind;
  isChecked: (option: Option) => boolean;
  extraInputProps?: (option: Option) => Record<`data-${string}`, string>;
}) {
  const { idPrefix, name, legend, legendSize, isPageHeading, hint, error, items, inline, small } = props;
  const { type, block } = kind;
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const invalid = Boolean(error);
  const errorId = invalid ? `${idPrefix}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={describedBy(hintId, errorId)}>
        {hintId && <Hint id={hintId}>{hint}</Hint>}
        {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className={cx(block, small && `${block}--small`, inline && `${block}--inline`)} data-module={block}>
          {items.map((item, index) => {
            if ("divider" in item) {
              return (
                <div className={`${block}__divider`} key={`divider-${index}`}>
                  {item.divider}
                </div>
              );
            }
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            const checked = isChecked(item);
            return [
              <div className={`${block}__item`} key={id}>
                <input
                  className={`${block}__input`}
                  id={id}
                  name={name}
                  type={type}
                  value={item.value}
                  defaultChecked={checked}
                  disabled={item.disabled}
                  aria-describedby={itemHintId}
                  data-aria-controls={conditionalId}
                  {...extraInputProps?.(item)}
                />
                <label className={`nhsuk-label ${block}__label`} htmlFor={id}>
                  {item.label}
                </label>
                {itemHintId && (
                  <Hint id={itemHintId} className={`${block}__hint`}>
                    {item.hint}
                  </Hint>
                )}
              </div>,
              conditionalId && (
                <div
                  className={cx(`${block}__conditional`, !checked && `${block}__conditional--hidden`)}
                  id={conditionalId}
                  key={conditionalId}
                >
                  {item.conditional}
                </div>
              ),
            ];
          })}
        </div>
      </Fieldset>
    </div>
  );
}
