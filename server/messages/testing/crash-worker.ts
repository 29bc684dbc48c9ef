/**
 * A job worker for the crash test: works the send-message queue and builds print
 * batches with short leases, so a worker killed with SIGKILL is taken over
 * within seconds. Prints "ready" once started and exits 0 when nothing is left.
 * Reads DATABASE_URL, SMTP_URL and PRINT_OUTBOX_DIR like the app does.
 */
import nodemailer from "nodemailer";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../platform/db/generated/client";
import type { Db } from "../../platform/db/client";
import { runDueJobs } from "../../platform/jobs/runner";
import { SETTINGS } from "../../platform/settings/settings";
import { testMessageContext } from "../../platform/testing/message-context";
import { runPrintBatches } from "../letters/print-batch-job";
import { SEND_MESSAGE_QUEUE } from "../queue-patient-message";
import { sendMessage } from "../send-message";

const LEASE_SECONDS = 2;
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }) }) as unknown as Db;
const transport = nodemailer.createTransport(process.env.SMTP_URL!);
const outboxDir = process.env.PRINT_OUTBOX_DIR!;

console.log("ready");
for (;;) {
  const now = new Date();
  await runDueJobs(
    db,
    {
      [SEND_MESSAGE_QUEUE]: async (payload) => {
        const { messageId } = payload as { messageId: string };
        const outcome = await sendMessage(db, messageId, testMessageContext(new Date()), (email) => transport.sendMail({ from: "test@frontdoor.test", ...email }).then(() => undefined), {
          leaseSeconds: LEASE_SECONDS,
        });
        if (outcome === "in-progress") throw new Error("held by another worker");
      },
    },
    { now, staleLockSeconds: LEASE_SECONDS },
  );
  await runPrintBatches(db, { now: new Date(), outboxDir, baseUrl: "http://frontdoor.test", sender: { name: "Test Trust", ...SETTINGS.letterSender.default }, leaseSeconds: LEASE_SECONDS, maxLetters: 25 });
  const left = await db.job.count({ where: { queue: SEND_MESSAGE_QUEUE, status: { in: ["QUEUED", "RUNNING"] } } });
  const letters = await db.letter.count({ where: { status: "PENDING", printAfter: { lte: new Date() }, variant: { in: ["STANDARD", "LARGE_PRINT"] } } });
  const building = await db.printBatch.count({ where: { status: "BUILDING" } });
  if (left + letters + building === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await db.$disconnect();
transport.close();
console.log("finished");
