import type { ReactNode } from "react";
import { cx } from "./class-names";

export type NotificationBannerProps = {
  /** Green banner announced as an alert (and focused by nhsuk's JS), for "Appointment cancelled" and the like. */
  success?: boolean;
  /** Small title in the coloured bar; defaults to "Success" or "Important". */
  title?: string;
  /** Bold heading inside the banner. */
  heading?: ReactNode;
  /** A plain string is shown as the banner heading; other content is rendered as given. */
  children?: ReactNode;
  /** Needed only when a page shows more than one banner. */
  id?: string;
};

export function NotificationBanner({ success, title, heading, children, id = "nhsuk-notification-banner" }: NotificationBannerProps) {
  const titleId = `${id}-title`;
  return (
    <div
      className={cx("nhsuk-notification-banner", success && "nhsuk-notification-banner--success")}
      data-module="nhsuk-notification-banner"
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        {heading !== undefined && <h3 className="nhsuk-notification-banner__heading">{heading}</h3>}
        {typeof children === "string" ? <p className="nhsuk-notification-banner__heading">{children}</p> : children}
      </div>
    </div>
  );
}
