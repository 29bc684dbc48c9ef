// Seeds the demo trust (prisma/seed). With DATABASE_URL: into that database, which
// must be on this machine and not production. Without it: into the embedded
// development database in .data/postgres (started, migrated, seeded, stopped).
// Running it again changes nothing.
import { z } from "zod";
import { createDbClient } from "../server/platform/db/client";
import { DEV_DATA_DIR, DEV_PORT, startEmbeddedPostgres } from "../server/platform/db/embedded";
import { assertLocalDatabase } from "../server/platform/db/local-only";
import { applyMigrations } from "../server/platform/db/migrate";
import { seedDemoTrust, type SeedSummary } from "../prisma/seed/index";
import { DEMO_PATIENT, DEMO_STAFF } from "../prisma/seed/demo-identities";

const settings = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(DEV_PORT),
    NODE_ENV: z.string().optional(),
    APP_ENV: z.string().optional(),
  })
  .parse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT || undefined,
    NODE_ENV: process.env.NODE_ENV,
    APP_ENV: process.env.APP_ENV,
  });

// Either variable saying production is enough to refuse.
const appEnv = settings.APP_ENV === "production" || settings.NODE_ENV === "production" ? "production" : (settings.APP_ENV ?? "development");

async function main(): Promise<void> {
  if (settings.DATABASE_URL) {
    assertLocalDatabase(settings.DATABASE_URL, appEnv);
    report(await seed(settings.DATABASE_URL), "the database in DATABASE_URL");
    return;
  }
  assertLocalDatabase("postgresql://127.0.0.1/", appEnv);
  const database = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: settings.EMBEDDED_PG_PORT, persistent: true });
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
    report(await seed(database.url), `the embedded database (${DEV_DATA_DIR}, port ${database.port})`);
  } finally {
    await database.stop();
  }
}

async function seed(url: string): Promise<SeedSummary> {
  const client = createDbClient(url);
  try {
    return await seedDemoTrust(client, { today: new Date() });
  } finally {
    await client.$disconnect();
  }
}

function report(summary: SeedSummary, where: string): void {
  if (summary.alreadySeeded) {
    console.log(`The demo trust is already in ${where}: nothing to do.`);
    return;
  }
  const c = summary.counts;
  console.log(`Seeded the demo trust into ${where} in ${(summary.durationMs / 1000).toFixed(1)} s:`);
  console.log(`  ${c.services} services, ${c.appointmentTypes} appointment types, ${c.locations} locations, ${c.clinicians} clinicians, ${c.clinics} clinics, ${c.clinicSessions} weekly sessions`);
  console.log(`  ${c.patients} patients, ${c.referrals} referrals, ${c.waitingListEntries} waiting, ${c.pifuPathways} on PIFU, ${c.users} sign-ins`);
  console.log(`Sign in as ${DEMO_PATIENT.email} (${DEMO_PATIENT.name}) or staff: ${DEMO_STAFF.map((s) => s.email).join(", ")}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
