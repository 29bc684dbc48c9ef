import type { DbClient } from "../db/client";

export type HealthReport = { status: "ok" } | { status: "error"; error: string };

/** Is the database answering? Never throws; never leaks driver messages. */
export async function checkDatabase(client: DbClient, timeoutMs = 3000): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
    });
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok" };
  } catch {
    return { status: "error", error: "The database is not answering" };
  } finally {
    clearTimeout(timer);
  }
}
