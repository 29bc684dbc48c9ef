import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The key Prisma Migrate locks on, so this runner and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

// Byte for byte the table Prisma Migrate creates, so either tool can take over.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
  /** Also accepted: the checksum of the same file with Windows line endings (Prisma accepts either). */
  altChecksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Migrations in folder-name order (`<timestamp>_<name>/migration.sql`), as Prisma reads them. */
export async function readMigrations(migrationsDir = "prisma/migrations"): Promise<MigrationFile[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      if (!existsSync(file)) throw new MigrationError(`${file} is missing: every migration folder needs one`);
      const bytes = await readFile(file);
      const text = bytes.toString("utf8");
      const lf = text.replace(/\r\n/g, "\n");
      const other = text.includes("\r\n") ? lf : lf.replace(/\n/g, "\r\n");
      return { name, sql: text, checksum: sha256(bytes), altChecksum: sha256(Buffer.from(other, "utf8")) };
    }),
  );
}

/**
 * Applies the migrations not yet recorded in `_prisma_migrations`, each in its own
 * transaction, under Prisma's advisory lock so app instances starting together
 * take turns. Returns the names applied, oldest first.
 */
export async function applyMigrations(
  databaseUrl: string,
  { migrationsDir = "prisma/migrations" }: { migrationsDir?: string } = {},
): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const rows = await client.query<MigrationRow>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at",
    );
    const pending = pendingMigrations(migrations, rows.rows);
    for (const migration of pending) await applyOne(client, migration);
    return pending.map((m) => m.name);
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end();
  }
}

function pendingMigrations(migrations: MigrationFile[], rows: MigrationRow[]): MigrationFile[] {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} is recorded as failed in _prisma_migrations and was never finished. ` +
        `Repair the database by hand, then mark it rolled back (UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL) or delete the row.` +
        (failed.logs ? `\nIts error was: ${failed.logs}` : ""),
    );
  }
  const applied = new Map(live.map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum && checksum !== migration.altChecksum) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (checksum ${checksum} in the database, ${migration.checksum} on disk). ` +
          "Restore the file and put the change in a new migration.",
      );
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

// Prisma writes BEGIN; … COMMIT; into some migrations (e.g. removing an enum value).
const OWN_TRANSACTION = /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im;

function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  return OWN_TRANSACTION.test(migration.sql) ? applyAsPrismaDoes(client, migration) : applyInTransaction(client, migration);
}

async function applyInTransaction(client: pg.Client, migration: MigrationFile): Promise<void> {
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    // Recorded with its error as Prisma would, but already marked rolled back:
    // the transaction undid every statement, so there is nothing to repair.
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 0)`,
      [randomUUID(), migration.checksum, migration.name, messageOf(error)],
    );
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${messageOf(error)}`, { cause: error });
  }
}

/**
 * A script that commits by itself cannot be wrapped, so it runs the way Prisma
 * Migrate runs every script: row first, then the SQL, then finished_at. If it
 * fails part-way the row stays unfinished and later runs refuse until it is repaired.
 */
async function applyAsPrismaDoes(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
    id,
    migration.checksum,
    migration.name,
  ]);
  try {
    await client.query(migration.sql);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, messageOf(error)]);
    throw new MigrationError(
      `Migration ${migration.name} failed and, as it manages its own transactions, may be partly applied: ${messageOf(error)}`,
      { cause: error },
    );
  }
  await client.query(
    "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1",
    [id],
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
