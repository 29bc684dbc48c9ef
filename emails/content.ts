import { z } from "zod";
import { button, html, layout, type RenderedEmail, type SafeHtml } from "./render";

/**
 * One message, every channel: a template returns this content once, and the
 * portal inbox, the email (HTML and plain text) and the PDF letter are all laid
 * out from it. Blocks hold plain text only; each channel escapes it its own way.
 */
export const contentBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({ kind: z.literal("heading"), text: z.string() }),
  z.object({ kind: z.literal("details"), rows: z.array(z.tuple([z.string(), z.string()])) }),
  /** A big reference the patient will be asked for (booking reference). */
  z.object({ kind: z.literal("reference"), label: z.string(), value: z.string() }),
  /** A link: a button in email, a link in the inbox, the address written out in a letter. */
  z.object({ kind: z.literal("action"), label: z.string(), url: z.string(), primary: z.boolean().optional() }),
  /** Only where it makes sense: emails ("a calendar file is attached"), not letters. */
  z.object({ kind: z.literal("email-only"), text: z.string() }),
]);
export type ContentBlock = z.infer<typeof contentBlockSchema>;

export const messageContentSchema = z.object({
  subject: z.string(),
  title: z.string(),
  blocks: z.array(contentBlockSchema),
  /** How to reach the service, printed on every letter and shown under each message. */
  contact: z.string().optional(),
  /** The booking reference, printed in a letter's header. */
  bookingReference: z.string().optional(),
});
export type MessageContent = z.infer<typeof messageContentSchema>;

export function paragraph(text: string): ContentBlock {
  return { kind: "paragraph", text };
}

export function emailFromContent(content: MessageContent, trustName: string): RenderedEmail {
  const body: SafeHtml = html`${content.blocks.map(blockHtml)}${content.contact ? html`<p>${content.contact}</p>` : html``}`;
  return { subject: content.subject, text: textFromContent(content), html: layout({ title: content.title, trustName, body }) };
}

function blockHtml(block: ContentBlock): SafeHtml {
  switch (block.kind) {
    case "paragraph":
    case "email-only":
      return html`<p>${block.text}</p>`;
    case "heading":
      return html`<h2 style="font-size:22px">${block.text}</h2>`;
    case "details":
      return html`<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">
${block.rows.map(([key, value]) => html`<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0">${key}</th><td style="padding:4px 0">${value}</td></tr>`)}
</table>`;
    case "reference":
      return html`<p>${block.label} <strong style="font-size:24px;letter-spacing:2px">${block.value}</strong></p>`;
    case "action":
      return block.primary ? button(block.url, block.label) : html`<p><a href="${block.url}">${block.label}</a></p>`;
  }
}

/** Plain text: links stand alone after a colon so any mail client makes them clickable. */
export function textFromContent(content: MessageContent): string {
  const lines = content.blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "paragraph":
      case "email-only":
      case "heading":
        return [block.text, ""];
      case "details":
        return [...block.rows.map(([key, value]) => `${key}: ${value}`), ""];
      case "reference":
        return [`${block.label} ${block.value}`, ""];
      case "action":
        return [`${block.label}: ${block.url}`];
    }
  });
  if (content.contact) lines.push("", content.contact);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
