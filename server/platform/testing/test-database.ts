import { PrismaPg } from "@prisma/adapter-pg";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../db/client";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded";
import { PrismaClient } from "../db/generated/client";
import { assertLocalDatabase } from "../db/local-only";
import { applyMigrations } from "../db/migrate";

/**
 * A migrated PostgreSQL for one test file: TEST_DATABASE_URL when `npm test` has
 * prepared one (migrated and seeded, shared by every file running in parallel),
 * otherwise a scratch embedded server in a temp folder, started once per file and
 * thrown away afterwards. Tests must create their own data (see fixtures.ts) and
 * never rely on what another file or the seed wrote.
 */
export interface TestDatabase {
  /** The Prisma client for this file (usable inside tests and hooks, not at import time). */
  readonly db: Db;
  readonly url: string;
  /** Another client on the same database with its own pool, e.g. many connections for concurrency tests. It is closed after the file. */
  client(options: { maxConnections: number }): Db;
}

const STARTUP_TIMEOUT_MS = 120_000;
// Parallel test files share one server (max_connections 100 by default): keep each file's pool small.
const DEFAULT_POOL_SIZE = 4;

/**
 * Call at the top of a test file. Returns a Db whose calls go to the file's test
 * database once `beforeAll` has run.
 */
export function setupTestDatabase(): Db {
  return testDatabaseHandle().db;
}

/** Like setupTestDatabase, with the URL and extra clients too. */
export function setupTestDatabaseHandle(): TestDatabase {
  return testDatabaseHandle();
}

/**
 * The same as setupTestDatabase. Prefer that name: eslint's react-hooks rule
 * reports any top-level call of a function whose name starts with "use".
 */
export const useTestDatabase = setupTestDatabase;

function testDatabaseHandle(): TestDatabase {
  let url: string | undefined;
  let main: Db | undefined;
  const extra: Db[] = [];
  let stopServer: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const started = await openDatabase();
    url = started.url;
    stopServer = started.stop;
    main = createTestClient(url, DEFAULT_POOL_SIZE);
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all([main, ...extra].map((client) => client?.$disconnect()));
    await stopServer?.();
  }, STARTUP_TIMEOUT_MS);

  const ready = (): Db => {
    if (!main) throw new Error("The test database is not ready: use it inside tests or hooks, not at import time.");
    return main;
  };

  return {
    db: lazyDb(ready),
    get url() {
      if (!url) throw new Error("The test database is not ready yet.");
      return url;
    },
    client({ maxConnections }) {
      if (!url) throw new Error("The test database is not ready yet.");
      const client = createTestClient(url, maxConnections);
      extra.push(client);
      return client;
    },
  };
}

async function openDatabase(): Promise<{ url: string; stop?: () => Promise<void> }> {
  const shared = process.env.TEST_DATABASE_URL;
  if (shared) {
    assertLocalDatabase(shared, process.env.APP_ENV ?? "test");
    return { url: shared };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "frontdoor-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  try {
    await applyMigrations(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app's client shape (same omits as server/platform/db/client.ts) with a pool size of our choosing. */
function createTestClient(url: string, max: number): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 20_000 }),
    omit: { apiClient: { keyHash: true }, letter: { pdf: true } },
  });
}

/** A Db that forwards to the real client once it exists, so a file can hold it from import time. */
function lazyDb(real: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = real();
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}
