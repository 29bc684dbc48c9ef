import { cx } from "../class-names";
import { Icon } from "../icon";
import { HeaderNavigation } from "./header-navigation";
import { NhsLogo } from "./nhs-logo";

export type NavigationItem = {
  href: string;
  label: string;
  /** Marks the item for the page being shown (aria-current="page"). */
  current?: boolean;
};

export type HeaderAccount = {
  name: string;
  roleLabel?: string;
  /**
   * next-auth's CSRF token. Without it, next-auth answers the sign-out POST by
   * showing its own "Are you sure?" page instead of signing out at once.
   */
  csrfToken?: string;
};

export type SiteHeaderProps = {
  serviceName?: string;
  serviceHref?: string;
  navigation?: NavigationItem[];
  account?: HeaderAccount;
  /** Full width (NHS.UK fluid container), for staff work screens. */
  fluid?: boolean;
};

export function SiteHeader({ serviceName = "Front Door", serviceHref = "/", navigation = [], account, fluid }: SiteHeaderProps) {
  return (
    <header className="nhsuk-header" data-module="nhsuk-header" role="banner">
      <div className={cx("nhsuk-header__container", fluid ? "nhsuk-width-container-fluid" : "nhsuk-width-container")}>
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-logo" href={serviceHref} aria-label={`NHS ${serviceName} homepage`}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{serviceName}</span>
          </a>
        </div>
        {account && <HeaderAccountNav account={account} />}
      </div>
      {navigation.length > 0 && <HeaderNavigation items={navigation} fluid={fluid} />}
    </header>
  );
}

function HeaderAccountNav({ account }: { account: HeaderAccount }) {
  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item">
          <Icon name="user" />
          {account.name}
        </li>
        {account.roleLabel && <li className="nhsuk-header__account-item">{account.roleLabel}</li>}
        <li className="nhsuk-header__account-item">
          <form className="nhsuk-header__account-form" action="/api/auth/signout" method="post" noValidate>
            {account.csrfToken && <input type="hidden" name="csrfToken" value={account.csrfToken} />}
            <input type="hidden" name="callbackUrl" value="/" />
            <button className="nhsuk-header__account-button">Sign out</button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
