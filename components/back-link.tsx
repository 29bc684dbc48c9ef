import type { ReactNode } from "react";

export function BackLink({ href, children = "Back" }: { href: string; children?: ReactNode }) {
  return (
    <a className="nhsuk-back-link" href={href}>
      {children}
    </a>
  );
}
