import { db } from "@/server/platform/db/client";
import { checkDatabase } from "@/server/platform/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkDatabase(db());
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
