import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { env } from "@/server/config/env";
import { listCapturedEmails } from "@/server/mail/catcher-store";
import { formatDateTime } from "@/server/time/london";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

/** Mail the local mail catcher kept. Exists only outside production, when the catcher is in use. */
export default async function OutboxPage() {
  const dir = env().mailCatcherDir;
  if (!dir) notFound();
  const emails = await listCapturedEmails(dir);
  return (
    <AppFrame>
      <h1>Development outbox</h1>
      <p>Email sent by this development copy of Front Door is kept here instead of being delivered.</p>
      {emails.length === 0 ? (
        <p>No email has been sent yet. Ask for a sign-in link on the <a href="/sign-in">sign-in page</a>.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">Email, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col" className="nhsuk-table__header">Sent</th>
              <th scope="col" className="nhsuk-table__header">To</th>
              <th scope="col" className="nhsuk-table__header">Subject</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {emails.slice(0, 100).map((email) => (
              <tr className="nhsuk-table__row" key={email.id}>
                <td className="nhsuk-table__cell">{formatDateTime(email.date)}</td>
                <td className="nhsuk-table__cell">{email.to.join(", ")}</td>
                <td className="nhsuk-table__cell">
                  <a href={`/dev/outbox/${encodeURIComponent(email.id)}`}>{email.subject}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppFrame>
  );
}
