// Runs after `npm install`: generates the Prisma client and builds the NHS.UK styles.
// Prisma's client needs no native engine (it uses the pg driver adapter), but
// `prisma generate` still looks for the schema engine; pointing it at any existing
// file stops it trying to download one. Migrations are applied by server/platform/db/migrate.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (args, env = {}) => {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(["node_modules/prisma/build/index.js", "generate"], {
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
});
if (existsSync("scripts/build-css.mjs")) run(["scripts/build-css.mjs"]);
