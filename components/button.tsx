import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "secondary-solid" | "warning" | "reverse" | "login";

type CommonProps = {
  children: ReactNode;
  variant?: ButtonVariant;
  small?: boolean;
  /** Ignores a second click within a second (with JavaScript), so a form is not submitted twice. */
  preventDoubleClick?: boolean;
  className?: string;
};

type AsButton = CommonProps & Omit<ComponentProps<"button">, "className" | "children"> & { href?: undefined };
type AsLink = CommonProps & Omit<ComponentProps<"a">, "className" | "children" | "href"> & { href: string };

export type ButtonProps = AsButton | AsLink;

export function Button({ children, variant, small, preventDoubleClick, className, ...rest }: ButtonProps) {
  const classNames = cx(
    "nhsuk-button",
    variant && variant !== "primary" && `nhsuk-button--${variant}`,
    small && "nhsuk-button--small",
    className,
  );
  const moduleAttributes = {
    "data-module": "nhsuk-button",
    "data-prevent-double-click": preventDoubleClick ? "true" : undefined,
  };

  if (rest.href !== undefined) {
    return (
      <a {...rest} {...moduleAttributes} className={classNames} role="button" draggable="false">
        {children}
      </a>
    );
  }

  const { type = "submit", ...buttonProps } = rest;
  return (
    <button {...buttonProps} {...moduleAttributes} className={classNames} type={type} aria-disabled={buttonProps.disabled ? "true" : undefined}>
      {children}
    </button>
  );
}
