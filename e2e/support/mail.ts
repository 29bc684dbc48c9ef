import { expect } from "@playwright/test";
import { listCapturedEmails, type CapturedEmail } from "../../server/platform/mail/catcher-store";

function mailDir(): string {
  const dir = process.env.MAIL_CATCHER_DIR;
  if (!dir) throw new Error("MAIL_CATCHER_DIR is not set: run the e2e tests with npm test");
  return dir;
}

/** Waits for an email to `to` sent after `since`, matching the subject if given. */
export async function waitForEmail(to: string, options: { since: Date; subject?: RegExp }): Promise<CapturedEmail> {
  let found: CapturedEmail | undefined;
  await expect
    .poll(
      async () => {
        const emails = await listCapturedEmails(mailDir(), { to });
        found = emails.find((e) => e.date.getTime() >= options.since.getTime() - 1000 && (!options.subject || options.subject.test(e.subject)));
        return found !== undefined;
      },
      { timeout: 20_000, message: `email to ${to}` },
    )
    .toBe(true);
  return found as CapturedEmail;
}

/** The first link in the (decoded) plain-text body that starts with `prefix`. */
export function linkIn(email: CapturedEmail, prefix: string): string {
  const link = email.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting ${prefix} in "${email.subject}"`);
  return link;
}
