// `npm run api-key -- "<system name>" --scopes read,write --services MSK,AUD`: creates
// an API client for the FHIR API and prints its key once (only the key's SHA-256 is
// stored: it cannot be shown again). The key may do only what its scopes say (read:
// search and read referrals; write: send referrals) for the services named.
// With DATABASE_URL: in that database. Without it: in the embedded development
// database in .data/postgres.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDbClient } from "../server/platform/db/client";
import { DEV_DATA_DIR, DEV_PORT, startEmbeddedPostgres } from "../server/platform/db/embedded";
import { applyMigrations } from "../server/platform/db/migrate";
import { apiClientSchema, createApiClient, UnknownServiceCodesError } from "../server/referrals/fhir/api-clients";

const USAGE = 'Usage: npm run api-key -- "GP referral system" --scopes read,write --services MSK,AUD';

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { scopes: { type: "string" }, services: { type: "string" } } });
    const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
    return apiClientSchema.safeParse({ name: positionals.join(" "), scopes: list(values.scopes).map((s) => s.toUpperCase()), serviceCodes: list(values.services) });
  } catch (error) {
    return { success: false as const, error: new z.ZodError([{ code: "custom", path: [], message: error instanceof Error ? error.message : String(error), input: undefined }]) };
  }
}

const command = parseCommandLine();
const settings = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(DEV_PORT),
  })
  .safeParse({ DATABASE_URL: process.env.DATABASE_URL || undefined, EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT || undefined });

if (!command.success || !settings.success) {
  const issues = [...(command.success ? [] : command.error.issues), ...(settings.success ? [] : settings.error.issues)];
  console.error([...issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)), USAGE].join("\n"));
  process.exit(2);
}
const input = command.data;
const { DATABASE_URL, EMBEDDED_PG_PORT } = settings.data;

async function create(url: string): Promise<void> {
  const client = createDbClient(url);
  try {
    const created = await createApiClient(client, input);
    console.log(`API client "${created.name}" created (id ${created.id}): ${created.scopes.join(" and ").toLowerCase()} for ${created.serviceCodes.join(", ")}.`);
    console.log("Its key, shown only this once:");
    console.log(created.key);
  } catch (error) {
    if (!(error instanceof UnknownServiceCodesError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
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
