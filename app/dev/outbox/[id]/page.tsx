import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { env } from "@/server/platform/config/env";
import { readCapturedEmail } from "@/server/platform/mail/catcher-store";
import { formatDateTime } from "@/server/platform/time/london";

export const metadata: Metadata = { title: "Email" };
export const dynamic = "force-dynamic";

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const dir = env().mailCatcherDir;
  if (!dir) notFound();
  const { id } = await params;
  const email = await readCapturedEmail(dir, decodeURIComponent(id)).catch(() => notFound());
  // The plain-text part is shown (links made clickable) rather than the HTML, which we do not trust here.
  const parts = email.text.split(/(https?:\/\/\S+)/g);
  return (
    <AppFrame>
      <a className="nhsuk-back-link" href="/dev/outbox">Back to outbox</a>
      <h1>{email.subject}</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">To</dt>
          <dd className="nhsuk-summary-list__value">{email.to.join(", ")}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Sent</dt>
          <dd className="nhsuk-summary-list__value">{formatDateTime(email.date)}</dd>
        </div>
        {email.attachments.length > 0 && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Attachments</dt>
            <dd className="nhsuk-summary-list__value">{email.attachments.map((a) => a.filename).join(", ")}</dd>
          </div>
        )}
      </dl>
      {/* Line breaks as elements, not a style attribute: the Content-Security-Policy allows no inline styles. */}
      <div className="nhsuk-inset-text">
        {parts.map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : withLineBreaks(part, i)))}
      </div>
    </AppFrame>
  );
}

function withLineBreaks(text: string, key: number) {
  return text.split("\n").map((line, i) => (i === 0 ? line : [<br key={`${key}-${i}`} />, line]));
}
