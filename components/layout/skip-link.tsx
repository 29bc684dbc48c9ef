import type { ReactNode } from "react";

/** First focusable element on every page; nhsuk's JS moves focus to the target when it is used. */
export function SkipLink({ href = "#maincontent", children = "Skip to main content" }: { href?: string; children?: ReactNode }) {
  return (
    <a className="nhsuk-skip-link" data-module="nhsuk-skip-link" href={href}>
      {children}
    </a>
  );
}
