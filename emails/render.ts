/** Email templates are plain functions returning subject, plain text and HTML: no runtime template engine. */
export type RenderedEmail = { subject: string; text: string; html: string };

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Tagged template that escapes every interpolated value unless it is already `safe`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    const items = Array.isArray(value) ? value : [value];
    out += items.map((v) => (v instanceof SafeHtml ? v.value : escapeHtml(String(v ?? "")))).join("");
    out += strings[i + 1] ?? "";
  });
  return new SafeHtml(out);
}

export class SafeHtml {
  constructor(readonly value: string) {}
}

/** The shared layout: a plain, high-contrast single column that reads well in every client. */
export function layout(options: { title: string; trustName: string; body: SafeHtml }): string {
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title></head>
<body style="margin:0;padding:0;background:#f0f4f5;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.47;color:#212b32">
<div style="background:#005eb8;padding:16px 24px;color:#ffffff;font-weight:bold;font-size:22px">${options.trustName}</div>
<div style="max-width:600px;padding:24px;background:#ffffff">
<h1 style="font-size:28px;margin:0 0 16px">${options.title}</h1>
${options.body}
</div>
<p style="padding:0 24px;font-size:16px;color:#4c6272">This email was sent by Front Door for ${options.trustName}. Please do not reply to it.</p>
</body>
</html>`.value;
}

export function button(href: string, label: string): SafeHtml {
  return html`<p><a href="${href}" style="display:inline-block;background:#007f3b;color:#ffffff;padding:12px 16px;font-weight:bold;text-decoration:none;border-radius:4px">${label}</a></p>`;
}
