import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export type CapturedEmail = {
  id: string;
  to: string[];
  subject: string;
  date: Date;
  text: string;
  html: string | undefined;
  attachments: { filename: string; contentType: string; content: Buffer }[];
};

/** Messages the mail catcher has kept, newest first, decoded (quoted-printable, base64). */
export async function listCapturedEmails(dir: string, filter?: { to?: string }): Promise<CapturedEmail[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".eml")).sort().reverse();
  } catch {
    return [];
  }
  const emails = await Promise.all(names.map((name) => readCapturedEmail(dir, name)));
  const to = filter?.to?.toLowerCase();
  return to ? emails.filter((e) => e.to.includes(to)) : emails;
}

export async function readCapturedEmail(dir: string, id: string): Promise<CapturedEmail> {
  const parsed = await simpleParser(await readFile(path.join(dir, path.basename(id))));
  const toField = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
  return {
    id: path.basename(id),
    to: toField.flatMap((t) => t.value.map((v) => (v.address ?? "").toLowerCase())),
    subject: parsed.subject ?? "",
    date: parsed.date ?? new Date(0),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : undefined,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? "attachment",
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
