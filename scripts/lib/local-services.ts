import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres } from "../../server/platform/db/embedded";
import { applyMigrations } from "../../server/platform/db/migrate";
import { assertLocalDatabase } from "../../server/platform/db/local-only";
import { startMailCatcher } from "../../server/platform/mail/catcher";

export type Stoppable = { stop(): Promise<void> };

/**
 * A throwaway, migrated database for one test run: an embedded PostgreSQL in a temp
 * folder, or — when DATABASE_URL names a local server — a fresh database on it that
 * is dropped afterwards. Never the demo data.
 */
export async function startTestDatabase(externalUrl: string | undefined): Promise<{ url: string } & Stoppable> {
  if (externalUrl) {
    assertLocalDatabase(externalUrl, "test");
    const name = `frontdoor_test_${process.pid}_${Date.now()}`;
    await adminQuery(externalUrl, `CREATE DATABASE "${name}"`);
    const url = withDatabase(externalUrl, name);
    await applyMigrations(url);
    return { url, stop: () => adminQuery(externalUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "frontdoor-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  await applyMigrations(postgres.url);
  return {
    url: postgres.url,
    async stop() {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startTestMailCatcher(): Promise<{ url: string; dir: string } & Stoppable> {
  const dir = await mkdtemp(path.join(tmpdir(), "frontdoor-mail-"));
  const catcher = await startMailCatcher({ dir, port: await findFreePort() });
  return {
    url: catcher.url,
    dir,
    async stop() {
      await catcher.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
