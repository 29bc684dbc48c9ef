import { existsSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface RunningPostmaster {
  pid: number;
  port: number;
  /** Its launcher died (it was re-parented to init): nobody else will stop it. */
  orphaned: boolean;
}

/**
 * Reads `postmaster.pid`. A killed run can leave it behind: if its process is gone
 * (or the pid now belongs to something else) the file is stale and is removed; if
 * PostgreSQL still runs on this directory, that server is described.
 */
export async function findRunningPostmaster(dataDir: string): Promise<RunningPostmaster | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const [pidLine, , , portLine] = text.split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 && isPostgres(pid)) {
    return { pid, port, orphaned: parentPid(pid) === 1 };
  }
  await rm(pidFile, { force: true });
  return undefined;
}

/** What `pg_ctl stop -m fast` does: SIGINT to the postmaster, then wait for it to exit. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    if (!isAlive(pid)) return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000}s`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

// /proc exists on Linux only; elsewhere a live pid is taken at its word and never treated as orphaned.
function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  return readProc(pid, "cmdline")?.includes("postgres") ?? true;
}

function parentPid(pid: number): number | undefined {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
  const stat = readProc(pid, "stat");
  const ppid = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN;
  return Number.isInteger(ppid) ? ppid : undefined;
}

function readProc(pid: number, file: string): string | undefined {
  const procFile = `/proc/${pid}/${file}`;
  try {
    return existsSync(procFile) ? readFileSync(procFile, "utf8") : undefined;
  } catch {
    return undefined;
  }
}
