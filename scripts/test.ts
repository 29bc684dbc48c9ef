/**
 * `npm test`: the whole suite against throwaway infrastructure — unit and
 * integration tests (vitest, real PostgreSQL), then the production build and the
 * Playwright end-to-end tests in a real browser. `npm test -- unit` or `-- e2e`
 * runs one half; anything after the half goes to its runner (`npm test -- e2e e2e/pifu.spec.ts`,
 * `npm test -- unit server/pifu`). Ends with one line: "tests: N passed, N failed".
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { findFreePort } from "../server/platform/db/embedded";
import { createDbClient } from "../server/platform/db/client";
import { seedDemoTrust } from "../prisma/seed/index";
import { run, startTestDatabase, startTestMailCatcher } from "./lib/local-services";

const part = process.argv[2] ?? "all";
const runnerArgs = process.argv.slice(3);
if (!["all", "unit", "e2e"].includes(part)) {
  console.error(`Unknown part "${part}": use unit, e2e or nothing for everything.`);
  process.exit(2);
}
const resultsDir = ".data/test-results";
await rm(resultsDir, { recursive: true, force: true });
await mkdir(resultsDir, { recursive: true });

const database = await startTestDatabase(process.env.DATABASE_URL);
const mail = await startTestMailCatcher();
let exitCode = 1;
try {
  const client = createDbClient(database.url);
  await seedDemoTrust(client, { today: new Date() });
  await client.$disconnect();

  const appPort = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    TEST_DATABASE_URL: database.url,
    SMTP_URL: mail.url,
    MAIL_CATCHER_DIR: mail.dir,
    APP_ENV: "test",
    ENABLE_LOCAL_SIGNIN: "true",
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    NEXTAUTH_SECRET: "front-door-test-secret-not-for-production-use",
    APP_PORT: String(appPort),
    JOBS_WORKER: "off",
  };
  // NHS login and CIS2 for the end-to-end tests: local OpenID Connect providers on
  // loopback (e2e/oidc/provider.ts, started by playwright.config.ts), set up as the real ones.
  const oidcEnv: Record<string, string> = {
    NHS_LOGIN_ISSUER: `http://127.0.0.1:${await findFreePort()}`,
    NHS_LOGIN_CLIENT_ID: "front-door-test",
    NHS_LOGIN_PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    CIS2_ISSUER: `http://127.0.0.1:${await findFreePort()}`,
    CIS2_CLIENT_ID: "front-door-test",
    CIS2_CLIENT_SECRET: randomBytes(24).toString("base64url"),
  };
  const node = process.execPath;
  const codes: number[] = [];
  if (part !== "e2e") {
    codes.push(await run(node, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsDir}/vitest.json`, ...runnerArgs], env));
  }
  if (part !== "unit") {
    // The README's (and the Dockerfile's) `npm run build`: no runtime variables at all, so
    // anything environment-specific read at build time fails here as it would in a container build.
    const built = await run(node, ["node_modules/next/dist/bin/next", "build"], buildEnvironment());
    codes.push(built);
    if (built === 0) codes.push(await run(node, ["node_modules/@playwright/test/cli.js", "test", ...runnerArgs], { ...env, ...oidcEnv }));
  }
  const counts = await countResults();
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
  exitCode = codes.every((c) => c === 0) && counts.failed === 0 && counts.passed > 0 ? 0 : 1;
} finally {
  await mail.stop();
  await database.stop();
}
process.exit(exitCode);

function buildEnvironment(): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name, value]) => ["PATH", "HOME", "TMPDIR"].includes(name) && value !== undefined);
  return { ...Object.fromEntries(kept), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

async function countResults(): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  const vitest = await readJson<{ numPassedTests: number; numFailedTests: number }>(`${resultsDir}/vitest.json`);
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  }
  const playwright = await readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(`${resultsDir}/playwright.json`);
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected;
  }
  return { passed, failed };
}

async function readJson<T>(file: string): Promise<T | undefined> {
  if (!existsSync(file)) return undefined;
  return JSON.parse(await readFile(file, "utf8")) as T;
}
