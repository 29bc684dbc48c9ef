const links = [
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/privacy", text: "Privacy" },
  { href: "/contact", text: "Contact us" },
];

export function SiteFooter({ copyright = "© NHS England" }: { copyright?: string }) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.href}>
                <a className="nhsuk-footer__list-item-link" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">{copyright}</p>
        </div>
      </div>
    </footer>
  );
}
