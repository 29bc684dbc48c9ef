import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { exportWaitingListCsv, textStream, waitingListFilterSchema } from "@/server/waiting-list";

export const dynamic = "force-dynamic";

/** The filtered waiting list as CSV, streamed in turn. */
export async function GET(request: Request): Promise<Response> {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const now = new Date();
  const filters = waitingListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const name = `waiting-list-${now.toISOString().slice(0, 10)}.csv`;
  return new Response(textStream(exportWaitingListCsv(db(), filters, now)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
}
