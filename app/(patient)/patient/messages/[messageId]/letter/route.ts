import { patientOrNull } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { patientLetterPdf, pdfResponse } from "@/server/messages";
import { isUuid } from "@/server/platform/forms/uuid";

/** The signed-in patient's own message as a PDF letter; anyone else's is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ messageId: string }> }) {
  const patient = await patientOrNull();
  const { messageId } = await params;
  const pdf = patient && isUuid(messageId) ? await patientLetterPdf(db(), patient.patientId, messageId) : null;
  if (!pdf) return new Response("Not found", { status: 404 });
  return pdfResponse(pdf, `letter-${messageId}.pdf`);
}
