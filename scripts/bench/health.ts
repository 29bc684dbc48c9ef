import { createDbClient } from "../../server/platform/db/client";
import { checkDatabase } from "../../server/platform/health/check-database";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

/** The floor under every request: a round trip to PostgreSQL through the Prisma client. */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const client = createDbClient(database.url);
  try {
    await checkDatabase(client);
    console.log(summarise("health check (SELECT 1)", await timeRuns(500, () => checkDatabase(client))));
  } finally {
    await client.$disconnect();
    await database.stop();
  }
}
