import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/server/platform/db/embedded";

// The real route handler against a real PostgreSQL of its own, which the test then stops.
describe("GET /api/health", () => {
  let server: EmbeddedDatabase;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "frontdoor-health-"));
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
    process.env.DATABASE_URL = server.url;
    process.env.SMTP_URL ??= "smtp://127.0.0.1:2525";
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers 200 while the database answers, and 503 with a clear error once it stops", async () => {
    const { GET } = await import("./route");
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok" });

    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(down.headers.get("content-type")).toContain("application/json");
    expect(await down.json()).toEqual({ status: "error", error: "The database is not answering" });
  });
});
