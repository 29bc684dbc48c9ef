import type { ReactNode } from "react";
import { BackLink } from "../back-link";
import { Breadcrumb, type BreadcrumbItem } from "../breadcrumb";

export type PageShellProps = {
  children: ReactNode;
  /** Shown above the main content; use either a back link or a breadcrumb, not both. */
  backLink?: { href: string; text?: string };
  breadcrumb?: BreadcrumbItem[];
  /** Full width (NHS.UK fluid container), for staff work screens. */
  fluid?: boolean;
};

/** The width container and <main> that the skip link jumps to. */
export function PageShell({ children, backLink, breadcrumb, fluid }: PageShellProps) {
  return (
    <div className={fluid ? "nhsuk-width-container-fluid" : "nhsuk-width-container"}>
      {breadcrumb && breadcrumb.length > 0 && <Breadcrumb items={breadcrumb} />}
      {backLink && <BackLink href={backLink.href}>{backLink.text}</BackLink>}
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  );
}
