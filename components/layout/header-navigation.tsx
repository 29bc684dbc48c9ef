"use client";

import { usePathname } from "next/navigation";
import { cx } from "../class-names";
import type { NavigationItem } from "./site-header";

/**
 * The header's menu. The current item is marked from the URL (the longest
 * matching link wins, so /staff/worklist/… marks "Worklist", not "Booking
 * centre"), unless an item says so itself.
 */
export function HeaderNavigation({ items, fluid }: { items: NavigationItem[]; fluid?: boolean }) {
  const pathname = usePathname() ?? "";
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  const best = matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const isCurrent = (item: NavigationItem) => item.current ?? item.href === best;
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className={cx("nhsuk-header__navigation-container", fluid ? "nhsuk-width-container-fluid" : "nhsuk-width-container")}>
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => (
            <li className={cx("nhsuk-header__navigation-item", isCurrent(item) && "nhsuk-header__navigation-item--current")} key={item.href}>
              <a className="nhsuk-header__navigation-link" href={item.href} aria-current={isCurrent(item) ? "page" : undefined}>
                {/* Bold fallback keeps the current item visible when users override colours. */}
                {isCurrent(item) ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong> : item.label}
              </a>
            </li>
          ))}
          <li className="nhsuk-header__menu" hidden>
            <button className="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
