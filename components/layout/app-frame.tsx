import { PageShell, type PageShellProps } from "./page-shell";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type NavigationItem } from "./site-header";

export type AppFrameProps = PageShellProps & {
  /** The signed-in user, or undefined to show no account area. */
  user?: { name: string; roleLabel: string };
  navigation?: NavigationItem[];
  /** next-auth CSRF token, so "Sign out" signs out without next-auth's confirmation page. */
  signOutCsrfToken?: string;
  /** The trust that runs the service, for the footer (it is the trust's service, not NHS England's). */
  trustName?: string;
};

/**
 * Header, <main> and footer of every page. Route-group layouts render it with
 * the session's user; pages inside such a layout put their content straight
 * in (they must not add another PageShell).
 */
export function AppFrame({ user, navigation, signOutCsrfToken, trustName, ...shell }: AppFrameProps) {
  return (
    <>
      <SiteHeader navigation={navigation} account={user && { ...user, csrfToken: signOutCsrfToken }} fluid={shell.fluid} />
      <PageShell {...shell} />
      <SiteFooter copyright={trustName ? `© ${trustName}` : undefined} />
    </>
  );
}
