// `npm run api-key -- "<system name>"`: creates an API client for the FHIR API and
// prints its key once (only the key's SHA-256 is stored: it cannot be shown again).
// With DATABASE_URL: in that database. Without it: in the embedded development
// database in .data/postgres.
import { z } from "zod";
import { createDbClient } from "../server/platform/db/client";
import { DEV_DATA_DIR, DEV_PORT, startEmbeddedPostgres } from "../server/platform/db/embedded";
import { applyMigrations } from "../server/platform/db/migrate";
import { createApiClient } from "../server/referrals/fhir/api-clients";

const settings = z
  .object({
    name: z.string().trim().min(1, "Give the calling system a name: npm run api-key -- \"GP referral system\"").max(200),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(DEV_PORT),
  })
  .safeParse({ name: process.argv.slice(2).join(" "), DATABASE_URL: process.env.DATABASE_URL || undefined, EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT || undefined });

if (!settings.success) {
  console.error(settings.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}
const { name, DATABASE_URL, EMBEDDED_PG_PORT } = settings.data;

async function create(url: string): Promise<void> {
  const client = createDbClient(url);
  try {
    const created = await createApiClient(client, name);
    console.log(`API client "${created.name}" created (id ${created.id}).`);
    console.log("Its key, shown only this once:");
    console.log(created.key);
  } finally {
    await client.$disconnect();
  }
}

if (DATABASE_URL) {
  await create(DATABASE_URL);
} else {
  const database = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: EMBEDDED_PG_PORT, persistent: true });
  try {
    await applyMigrations(database.url);
    await create(database.url);
  } finally {
    await database.stop();
  }
}
