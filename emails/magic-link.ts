import { button, html, layout, type RenderedEmail } from "./render";

export function magicLinkEmail(input: { url: string; trustName: string; expiresInMinutes: number }): RenderedEmail {
  const subject = "Sign in to Front Door";
  const body = html`
<p>Use this link to sign in and see your referrals and appointments.</p>
${button(input.url, "Sign in to Front Door")}
<p>The link works once and expires in ${input.expiresInMinutes} minutes.</p>
<p>If you did not ask to sign in, you can ignore this email. Nobody can sign in without this link.</p>`;
  const text = [
    "Use this link to sign in and see your referrals and appointments:",
    "",
    input.url,
    "",
    `The link works once and expires in ${input.expiresInMinutes} minutes.`,
    "If you did not ask to sign in, you can ignore this email.",
  ].join("\n");
  return { subject, text, html: layout({ title: subject, trustName: input.trustName, body }) };
}
