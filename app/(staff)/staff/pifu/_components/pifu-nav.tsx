const links = [
  { href: "/staff/pifu", label: "Patients on PIFU" },
  { href: "/staff/pifu/requests", label: "Requests" },
  { href: "/staff/pifu/report", label: "Report" },
  { href: "/staff/pifu/templates", label: "Templates" },
];

/** The PIFU pages' own links, the current one marked. */
export function PifuNav({ current }: { current: string }) {
  return (
    <nav aria-label="Patient-initiated follow-up">
      <ul className="nhsuk-list nhsuk-u-margin-bottom-3" style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }}>
        {links.map((link) => (
          <li key={link.href} className="nhsuk-u-margin-bottom-0">
            <a href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.href === current ? <strong>{link.label}</strong> : link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
