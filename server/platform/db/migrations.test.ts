import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres } from "./embedded";
import { assertLocalDatabase } from "./local-only";
import { applyMigrations, MigrationError } from "./migrate";
import { diffDatabaseToSchema } from "./schema-diff";
import { withSchemaEngine } from "./schema-engine";

const MIGRATIONS_DIR = "prisma/migrations";

/** Makes empty databases on TEST_DATABASE_URL's server, or on a throwaway embedded one. */
interface Server {
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const external = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => {};
  if (external) {
    // A shared test database: never touch its tables, work in databases of our own.
    assertLocalDatabase(external, "test");
    adminUrl = external;
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "front-door-migrations-test-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  const created: string[] = [];
  return {
    async createDatabase() {
      const name = `migrations_test_${process.pid}_${Date.now()}_${created.length}`;
      await query(adminUrl, `CREATE DATABASE "${name}"`);
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      for (const name of created) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await stopServer();
    },
  };
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("prisma/migrations", () => {
  let server: Server;
  let url: string;
  let schema: string;
  let names: string[];
  const tempDirs: string[] = [];

  async function copyOfMigrations(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "front-door-migrations-"));
    tempDirs.push(dir);
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  }

  beforeAll(async () => {
    server = await startServer();
    url = await server.createDatabase();
    schema = await readFile("prisma/schema.prisma", "utf8");
    const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
    names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  });

  afterAll(async () => {
    await server?.stop();
    for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  });

  it("build, from an empty database, exactly what prisma/schema.prisma describes", async () => {
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(names);
    expect(await diffDatabaseToSchema(url, schema)).toBe("");
  });

  it("are compared by a diff that does notice a difference", async () => {
    const edited = schema.replace(/^model ApiClient \{$/m, "model ApiClient {\n  probe String?");
    expect(edited).not.toBe(schema);
    expect(await diffDatabaseToSchema(url, edited)).toMatch(/ALTER TABLE "ApiClient" ADD COLUMN\s+"probe" TEXT/);
  });

  it("are recorded in _prisma_migrations as Prisma Migrate records them", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; logs: string | null }>(
      url,
      "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM _prisma_migrations ORDER BY started_at",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ rolled_back_at: null, applied_steps_count: 1, logs: null });
    }
  });

  it("are seen as fully applied by Prisma Migrate's own engine (what migrate deploy runs)", async () => {
    const baseDir = path.resolve(MIGRATIONS_DIR);
    const migrationsList = {
      baseDir,
      lockfile: { path: "migration_lock.toml", content: await readFile(path.join(baseDir, "migration_lock.toml"), "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: await Promise.all(
        names.map(async (name) => ({
          path: name,
          migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") } },
        })),
      ),
    };
    const diagnosis = await withSchemaEngine(url, schema, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: { externalTables: [], externalEnums: [] } }),
    );
    expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("refuse to run when an applied migration has been edited", async () => {
    const dir = await copyOfMigrations();
    await appendFile(path.join(dir, names[0] ?? "", "migration.sql"), "\n-- edited after it was applied\n");
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("roll a failing migration back and record it as rolled back", async () => {
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "99990101000000_broken"));
    await writeFile(path.join(dir, "99990101000000_broken", "migration.sql"), 'CREATE TABLE "Probe" (id int);\nSELECT 1 / 0;\n');
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(MigrationError);

    const [probe] = await query<{ exists: boolean }>(url, `SELECT to_regclass('"Probe"') IS NOT NULL AS exists`);
    expect(probe?.exists).toBe(false);
    const [row] = await query<{ logs: string; rolled_back: boolean; finished: boolean }>(
      url,
      "SELECT logs, rolled_back_at IS NOT NULL AS rolled_back, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE migration_name = $1",
      ["99990101000000_broken"],
    );
    expect(row).toMatchObject({ rolled_back: true, finished: false });
    expect(row?.logs).toMatch(/division by zero/);
    // A rolled-back attempt does not block the real migrations.
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("refuse to run past a migration recorded as failed", async () => {
    await query(url, "INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ($1, $2, $3, $4)", [
      "00000000-0000-4000-8000-000000000000",
      "0".repeat(64),
      "99990101000001_half_done",
      "killed mid-way",
    ]);
    try {
      await expect(applyMigrations(url)).rejects.toThrow(/99990101000001_half_done is recorded as failed/);
    } finally {
      await query(url, "DELETE FROM _prisma_migrations WHERE migration_name = $1", ["99990101000001_half_done"]);
    }
  });

  it("are applied once when several app instances start together", async () => {
    const fresh = await server.createDatabase();
    const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(fresh)));
    expect(results.flat()).toEqual(names);
    const [count] = await query<{ n: number }>(fresh, "SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(count?.n).toBe(names.length);
  });
});
