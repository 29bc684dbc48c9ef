import type { MessageContent } from "@/emails/content";

/** A message's content as a page: the same words as the email and the letter. */
export function MessageBody({ content }: { content: MessageContent }) {
  return (
    <>
      {content.blocks.map((block, i) => {
        switch (block.kind) {
          case "paragraph":
            return <p key={i}>{block.text}</p>;
          case "email-only":
            return null;
          case "heading":
            return <h2 key={i} className="nhsuk-heading-s">{block.text}</h2>;
          case "reference":
            return (
              <p key={i}>
                {block.label} <strong className="nhsuk-u-font-size-32">{block.value}</strong>
              </p>
            );
          case "action":
            return (
              <p key={i}>
                <a href={block.url} className={block.primary ? "nhsuk-action-link__link" : undefined}>
                  {block.label}
                </a>
              </p>
            );
          case "details":
            return (
              <dl key={i} className="nhsuk-summary-list">
                {block.rows.map(([key, value], j) => (
                  <div key={j} className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">{key}</dt>
                    <dd className="nhsuk-summary-list__value">{value}</dd>
                  </div>
                ))}
              </dl>
            );
        }
      })}
      {content.contact ? <p>{content.contact}</p> : null}
    </>
  );
}
