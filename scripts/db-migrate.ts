// Applies pending migrations. With DATABASE_URL: to that database. Without it: to
// the embedded development database in .data/postgres (started, migrated, stopped).
import { z } from "zod";
import { DEV_DATA_DIR, DEV_PORT, startEmbeddedPostgres } from "../server/platform/db/embedded";
import { applyMigrations } from "../server/platform/db/migrate";

const settings = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(DEV_PORT),
  })
  .parse({ DATABASE_URL: process.env.DATABASE_URL || undefined, EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT || undefined });

async function main(): Promise<void> {
  if (settings.DATABASE_URL) {
    report(await applyMigrations(settings.DATABASE_URL), "the database in DATABASE_URL");
    return;
  }
  const database = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: settings.EMBEDDED_PG_PORT, persistent: true });
  try {
    report(await applyMigrations(database.url), `the embedded database (${DEV_DATA_DIR}, port ${database.port})`);
  } finally {
    await database.stop();
  }
}

function report(applied: string[], where: string): void {
  if (applied.length === 0) console.log(`No pending migrations: ${where} is up to date.`);
  else console.log(`Applied to ${where}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
