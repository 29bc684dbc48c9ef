import { env } from "../platform/config/env";
import type { DbClient } from "../platform/db/client";
import { getSetting } from "../platform/settings/settings";
import { patientLetterSource } from "./inbox";
import { composeLetterPdf } from "./letters/compose-letter";

/** A message as the letter the patient would get (or got), for download. Null when it is not theirs or not written yet. */
export async function patientLetterPdf(client: DbClient, patientId: string, messageId: string): Promise<Buffer | null> {
  const source = await patientLetterSource(client, patientId, messageId);
  if (!source) return null;
  const config = env();
  const sender = await getSetting(client, "letterSender");
  return composeLetterPdf({
    content: source.content,
    variant: source.variant,
    recipient: source.recipient,
    sender: { name: config.trustName, ...sender },
    date: source.createdAt,
    inboxUrl: `${config.baseUrl}/patient/messages/${source.id}`,
  });
}

export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
