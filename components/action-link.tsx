import type { ReactNode } from "react";
import { Icon } from "./icon";

/** A prominent link that starts a task, for example "Book an appointment". */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="nhsuk-action-link" href={href}>
      <Icon name="arrow-right-circle" />
      <span className="nhsuk-action-link__text">{children}</span>
    </a>
  );
}
