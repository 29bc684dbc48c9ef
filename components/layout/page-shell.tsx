import type { ReactNode } from "react";
import { BackLink } from "../back-link";
import { Breadcrumb, type BreadcrumbItem } from "../breadcrumb";

export type PageShellProps = {
  children: ReactNode;
  /** Shown above the main content; use either a back link or a breadcrumb, not both. */
  backLink?: { href: string; text?: string };
  breadcrumb?: BreadcrumbItem[];
};

/** The width container and <main> that the skip link jumps to. */
export function PageShell({ children, backLink, breadcrumb }: PageShellProps) {
  return (
    <div className="nhsuk-width-container">
      {breadcrumb && breadcrumb.length > 0 && <Breadcrumb items={breadcrumb} />}
      {backLink && <BackLink href={backLink.href}>{backLink.text}</BackLink>}
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  );
}
