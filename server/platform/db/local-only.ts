/**
 * Guards for tooling that writes bulk or throwaway data (the demo seed, test
 * databases): they must only ever reach a database on this machine, and never
 * run in production.
 */
export class NonLocalDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NonLocalDatabaseError";
  }
}

/** Throws unless `url` points at this machine (loopback or a Unix socket) and `appEnv` is not production. */
export function assertLocalDatabase(url: string, appEnv: string | undefined): void {
  if (appEnv === "production") {
    throw new NonLocalDatabaseError("Refusing to touch the database: APP_ENV or NODE_ENV is production. Demo and test data never go to production.");
  }
  const hosts = databaseHosts(url);
  const remote = hosts.filter((host) => !isLocalHost(host));
  if (hosts.length === 0) {
    // Without a host the driver falls back to PGHOST, which could name anything.
    throw new NonLocalDatabaseError("Refusing to touch the database: DATABASE_URL names no host. Use localhost or 127.0.0.1.");
  }
  if (remote.length > 0) {
    // Name the host only: the URL may carry a password.
    throw new NonLocalDatabaseError(
      `Refusing to touch the database at ${remote.join(", ")}: only localhost, 127.x.x.x, ::1 or a Unix socket are allowed here.`,
    );
  }
}

/**
 * The hosts a libpq-style URL connects to. Parsed by hand: WHATWG URL rejects valid
 * libpq forms such as "postgresql://u@/db?host=/run/postgresql" and "h1:5432,h2:5432".
 * `?host=` overrides the authority, and either may list several hosts.
 */
function databaseHosts(url: string): string[] {
  const match = /^(postgres|postgresql):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!match) {
    throw new NonLocalDatabaseError("Refusing to touch the database: DATABASE_URL must be a postgresql:// or postgres:// URL.");
  }
  const fromQuery = new URLSearchParams(match[4] ?? "").get("host");
  if (fromQuery !== null) return splitHosts(fromQuery);
  const authority = match[2] ?? "";
  const hostPart = authority.includes("@") ? authority.slice(authority.lastIndexOf("@") + 1) : authority;
  return splitHosts(safeDecode(hostPart)).map(stripPort);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function splitHosts(list: string): string[] {
  return list
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h.length > 0);
}

function stripPort(host: string): string {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  return host.replace(/:\d+$/, "");
}

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h.startsWith("/")) return true; // Unix socket directory
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
