import type { ReactNode } from "react";
import { cx } from "./class-names";
import { Icon } from "./icon";
import type { HeadingSize } from "./label";

export type CardProps = {
  heading?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  headingSize?: HeadingSize;
  /** Links the heading; with `clickable` the whole card becomes the link target. */
  href?: string;
  clickable?: boolean;
  variant?: "primary" | "secondary" | "feature";
  /** Short text shown as the card description paragraph. */
  description?: ReactNode;
  /** Any other content, rendered after the description. */
  children?: ReactNode;
};

export function Card({ heading, headingLevel = 2, headingSize, href, clickable, variant, description, children }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("nhsuk-card", clickable && "nhsuk-card--clickable", variant && `nhsuk-card--${variant}`)}>
      <div className="nhsuk-card__content">
        {heading !== undefined && (
          <Heading className={cx("nhsuk-card__heading", headingSize && `nhsuk-heading-${headingSize}`)}>
            {href ? (
              <a className="nhsuk-card__link" href={href}>
                {heading}
              </a>
            ) : (
              heading
            )}
          </Heading>
        )}
        {description !== undefined && <p className="nhsuk-card__description">{description}</p>}
        {children}
        {variant === "primary" && <Icon name="chevron-right-circle" />}
      </div>
    </div>
  );
}
