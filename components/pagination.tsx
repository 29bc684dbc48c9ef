import { Icon } from "./icon";

export type PaginationLink = {
  href: string;
  /** Replaces "Previous page" / "Next page", for example "Next day". */
  text?: string;
  /** Name of the page linked to, for example "Monday 3 March" on a diary. */
  label?: string;
};

export function Pagination({ previous, next }: { previous?: PaginationLink; next?: PaginationLink }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && (
          <li className="nhsuk-pagination-item--previous">
            <PageLink link={previous} direction="prev" />
          </li>
        )}
        {next && (
          <li className="nhsuk-pagination-item--next">
            <PageLink link={next} direction="next" />
          </li>
        )}
      </ul>
    </nav>
  );
}

function PageLink({ link, direction }: { link: PaginationLink; direction: "prev" | "next" }) {
  return (
    <a className={`nhsuk-pagination__link nhsuk-pagination__link--${direction}`} href={link.href} rel={direction}>
      <span className="nhsuk-pagination__title">
        {link.text ?? (
          <>
            {direction === "prev" ? "Previous" : "Next"}
            <span className="nhsuk-u-visually-hidden"> page</span>
          </>
        )}
      </span>
      {link.label && (
        <>
          <span className="nhsuk-u-visually-hidden">:</span>
          <span className="nhsuk-pagination__page">{link.label}</span>
        </>
      )}
      <Icon name={direction === "prev" ? "arrow-left" : "arrow-right"} />
    </a>
  );
}
