import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { Table } from "@/components/table";
import { env } from "@/server/platform/config/env";
import { listCapturedEmails } from "@/server/platform/mail/catcher-store";
import { formatDateTime } from "@/server/platform/time/london";

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
        <Table
          caption="Email, newest first"
          head={["Sent", "To", "Subject"]}
          rows={emails.slice(0, 100).map((email) => [
            formatDateTime(email.date),
            email.to.join(", "),
            <a key={email.id} href={`/dev/outbox/${encodeURIComponent(email.id)}`}>{email.subject}</a>,
          ])}
        />
      )}
    </AppFrame>
  );
}
