/**
 * `npm run dev`: everything a newcomer needs on one machine. Starts an embedded
 * PostgreSQL (unless DATABASE_URL is set), migrates it, fills it with the demo
 * trust on first run, starts a local mail catcher (unless SMTP_URL is set), then
 * runs `next dev`. Ctrl+C stops all of it cleanly.
 */
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "../server/platform/db/embedded";
import { applyMigrations } from "../server/platform/db/migrate";
import { assertLocalDatabase } from "../server/platform/db/local-only";
import { createDbClient } from "../server/platform/db/client";
import { startMailCatcher } from "../server/platform/mail/catcher";
import { seedDemoTrust } from "../prisma/seed/index";

if (existsSync(".env")) process.loadEnvFile(".env");
const port = Number(process.env.PORT ?? 3000);
const stops: (() => Promise<void>)[] = [];

let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const postgres = await startEmbeddedPostgres({
    dataDir: path.resolve(".data/postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    persistent: true,
  });
  stops.push(postgres.stop);
  databaseUrl = postgres.url;
  console.log(`Embedded PostgreSQL is running (data in .data/postgres).`);
}
const applied = await applyMigrations(databaseUrl);
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

try {
  assertLocalDatabase(databaseUrl, process.env.APP_ENV ?? "development");
  const client = createDbClient(databaseUrl);
  const summary = await seedDemoTrust(client, { today: new Date() });
  await client.$disconnect();
  if (!("alreadySeeded" in summary && summary.alreadySeeded)) console.log("Demo trust created.");
} catch (error) {
  console.log(`Not seeding: ${error instanceof Error ? error.message : String(error)}`);
}

let smtpUrl = process.env.SMTP_URL;
let mailDir = process.env.MAIL_CATCHER_DIR;
if (!smtpUrl) {
  mailDir = path.resolve(".data/mail");
  const catcher = await startMailCatcher({ dir: mailDir, port: Number(process.env.MAIL_CATCHER_PORT ?? 1025) });
  stops.push(catcher.stop);
  smtpUrl = catcher.url;
}

// Our own server in development mode, on loopback only (the local staff sign-in needs it).
const next = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts", "--dev"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    HOST: process.env.HOST ?? "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    MAIL_CATCHER_DIR: mailDir,
    APP_ENV: process.env.APP_ENV ?? "development",
    ENABLE_LOCAL_SIGNIN: process.env.ENABLE_LOCAL_SIGNIN ?? "true",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});
console.log(`\nFront Door: http://localhost:${port}  (how to sign in: http://localhost:${port}/demo)\n`);

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));
next.on("exit", (code) => void stopAll(code ?? 0));
