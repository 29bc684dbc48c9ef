import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../platform/db/embedded";
import { listCapturedEmails } from "../platform/mail/catcher-store";
import { startMailCatcher } from "../platform/mail/catcher";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { queuePatientMessage } from "./queue-patient-message";
import { messageIdHeader } from "./send-message";

const database = setupTestDatabaseHandle();
const db = database.db;
const KILLS = Number(process.env.FRONT_DOOR_CRASH_KILLS ?? 20);
const WORKER = path.join(import.meta.dirname, "testing", "crash-worker.ts");

function startWorker(env: Record<string, string>): { child: ChildProcess; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise<void>((resolve) => child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, ready, exited };
}

// About a minute on an idle machine, several when it is busy: run with `npm run test:crash`.
describe.skipIf(!process.env.FRONT_DOOR_CRASH_TEST)("exactly once, whatever happens to the worker", () => {
  it(`loses nothing and sends or prints nothing twice when the worker is killed ${KILLS} times mid-send and mid-batch`, async () => {
    const mailDir = await mkdtemp(path.join(tmpdir(), "crash-mail-"));
    const outboxDir = await mkdtemp(path.join(tmpdir(), "crash-outbox-"));
    const catcher = await startMailCatcher({ dir: mailDir, port: await findFreePort() });
    const env = { DATABASE_URL: database.url, SMTP_URL: catcher.url, PRINT_OUTBOX_DIR: outboxDir };
    const f = await createTestFixtures(db);
    const payload = { patientName: "Test Patient", serviceName: "MSK", contactPhone: "0121 000 0000", trackerPath: "/patient/referrals/x" };
    const emailIds: string[] = [];
    const letterMessageIds: string[] = [];

    async function queueWork(count: number) {
      for (let i = 0; i < count; i++) {
        const byPost = i % 2 === 1;
        const patient = await f.createPatient(byPost ? { preferredContact: "POST", email: null } : {});
        const { messageId } = await db.$transaction((tx) =>
          queuePatientMessage(tx, { patientId: patient.id, template: "referral-received", subject: "We have received your referral", payload, forcePrint: i % 4 === 0 }),
        );
        if (!byPost) emailIds.push(messageId);
        if (byPost || i % 4 === 0) letterMessageIds.push(messageId);
      }
    }

    try {
      for (let run = 0; run < KILLS; run++) {
        await queueWork(8);
        const worker = startWorker(env);
        await worker.ready;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 1200));
        worker.child.kill("SIGKILL");
        await worker.exited;
      }
      // Let the last leases run out, then one worker finishes the work.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const last = startWorker(env);
      expect(await last.exited).toBe(0);

      // Every email delivered once, by its Message-ID.
      const emails = await listCapturedEmails(mailDir);
      const transmissions = (await readFile(path.join(mailDir, "transmissions.log"), "utf8")).trim().split("\n");
      const delivered = (await Promise.all((await readdir(mailDir)).filter((n) => n.endsWith(".eml")).map((n) => readFile(path.join(mailDir, n), "utf8")))).map(
        (raw) => /^message-id:\s*(<[^>]+>)/im.exec(raw)?.[1],
      );
      expect(emails).toHaveLength(emailIds.length);
      expect(new Set(delivered)).toEqual(new Set(emailIds.map(messageIdHeader)));
      console.log(`crash test: ${emailIds.length} emails delivered once each (${transmissions.length} SMTP transmissions)`);
      expect(await db.message.count({ where: { id: { in: emailIds }, status: "SENT" } })).toBe(emailIds.length);

      // Every letter in exactly one batch manifest, and every batch built.
      const files = await readdir(outboxDir);
      // A file cut short by a kill is written again whole when its batch is rebuilt.
      expect(files.filter((n) => n.endsWith(".partial"))).toEqual([]);
      const manifests = await Promise.all(files.filter((n) => n.endsWith(".csv")).map((n) => readFile(path.join(outboxDir, n), "utf8")));
      const printed = manifests.flatMap((m) => m.trim().split("\r\n").slice(1).map((line) => line.split(",")[0]!));
      const letters = await db.letter.findMany({ where: { messageId: { in: letterMessageIds } }, select: { id: true, status: true } });
      expect(letters).toHaveLength(letterMessageIds.length);
      expect(letters.every((l) => l.status === "IN_BATCH")).toBe(true);
      expect(printed.sort()).toEqual(letters.map((l) => l.id).sort());
      expect(await db.printBatch.count({ where: { status: { not: "READY" } } })).toBe(0);
      console.log(`crash test: ${letters.length} letters printed once each in ${manifests.length} batches`);
    } finally {
      await catcher.stop();
    }
  }, 600_000);
});
