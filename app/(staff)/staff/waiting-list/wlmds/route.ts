import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { exportWlmds, lastWeekEnding, textStream } from "@/server/waiting-list";

export const dynamic = "force-dynamic";

/** The weekly patient-level return (WLMDS shape) for the week ending last Sunday, or `?weekEnding=YYYY-MM-DD`. */
export async function GET(request: Request): Promise<Response> {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const asked = new URL(request.url).searchParams.get("weekEnding");
  const weekEnding = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) && !Number.isNaN(Date.parse(asked)) ? asked : lastWeekEnding(new Date());
  return new Response(textStream(exportWlmds(db(), weekEnding)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="wlmds-week-ending-${weekEnding}.csv"`, "Cache-Control": "no-store" },
  });
}
