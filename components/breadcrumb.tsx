export type BreadcrumbItem = { href: string; text: string };

/**
 * Trail of parent pages. On small screens nhsuk-frontend's CSS shows only the
 * back link, which points at the last item.
 */
export function Breadcrumb({ items }: { items: BreadcrumbItem[] }) {
  const parent = items.at(-1);
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item, index) => (
          <li className="nhsuk-breadcrumb__list-item" key={index}>
            <a className="nhsuk-breadcrumb__link" href={item.href}>
              {item.text}
            </a>
          </li>
        ))}
      </ol>
      {parent && (
        <a className="nhsuk-back-link" href={parent.href}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {parent.text}
        </a>
      )}
    </nav>
  );
}
