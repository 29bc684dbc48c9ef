import { readFile } from "node:fs/promises";
import path from "node:path";
import { requireStaff } from "@/server/identity/guards";
import { env } from "@/server/platform/config/env";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";

/** A batch's merged PDF or CSV manifest, from the print outbox. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string; file: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const { batchId, file } = await params;
  const batch = isUuid(batchId) ? await db().printBatch.findUnique({ where: { id: batchId }, select: { pdfFile: true, manifestFile: true } }) : null;
  const name = file === "pdf" ? batch?.pdfFile : file === "manifest" ? batch?.manifestFile : undefined;
  if (!name) return new Response("Not found", { status: 404 });
  const content = await readFile(path.join(env().printOutboxDir, path.basename(name)));
  return new Response(new Uint8Array(content), {
    headers: { "Content-Type": file === "pdf" ? "application/pdf" : "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${path.basename(name)}"`, "Cache-Control": "private, no-store" },
  });
}
