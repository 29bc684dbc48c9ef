import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { systemActor } from "../platform/audit/record-audit";
import { enqueueJob } from "../platform/jobs/queue";
import { retryJob } from "../platform/jobs/admin";
import { createTestFixtures } from "../platform/testing/fixtures";
import { fakeMailer, testMessageContext } from "../platform/testing/message-context";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { SETTINGS } from "../platform/settings/settings";
import { runPrintBatches } from "./letters/print-batch-job";
import { confirmAddressChecked, forcePrintMessage, markBatchDispatched, recordLetterStatus, recordReturnedMail, LetterStateError } from "./letters/print-status";
import { queuePatientMessage } from "./queue-patient-message";
import { sendMessage } from "./send-message";

const database = setupTestDatabaseHandle();
const db = database.db;
const payload = { patientName: "Test Patient", serviceName: "MSK", contactPhone: "0121 000 0000", trackerPath: "/patient/referrals/x" };

async function printedLetter() {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient({ preferredContact: "POST" });
  const now = new Date();
  const { messageId } = await db.$transaction((tx) => queuePatientMessage(tx, { patientId: patient.id, template: "referral-received", subject: "S", payload, now }));
  await sendMessage(db, messageId, testMessageContext(now), fakeMailer().send);
  const outboxDir = await mkdtemp(path.join(tmpdir(), "print-status-"));
  const options = { outboxDir, baseUrl: "http://frontdoor.test", sender: { name: "Test Trust", ...SETTINGS.letterSender.default } };
  await runPrintBatches(db, { ...options, now: new Date(now.getTime() + 1000) });
  const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
  return { patient, messageId, letter, options, now };
}

describe("print statuses", () => {
  it("posts a batch, then records returned mail: the address is flagged, a task opens, the next letter waits", async () => {
    const { patient, letter, messageId, options, now } = await printedLetter();
    // Test files share one database, so the batch may hold other files' letters too: all of them are posted.
    const inBatch = await db.letter.count({ where: { batchId: letter.batchId!, status: "IN_BATCH" } });
    expect(await markBatchDispatched(db, letter.batchId!, systemActor)).toEqual({ letters: inBatch });
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ status: "DISPATCHED" });
    await expect(markBatchDispatched(db, letter.batchId!, systemActor)).rejects.toThrow(LetterStateError);

    await recordReturnedMail(db, letter.id, "Addressee gone away", systemActor);
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ status: "RETURNED", statusNote: "Addressee gone away" });
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).addressCheckNeededAt).not.toBeNull();
    expect(await db.worklistTask.count({ where: { patientId: patient.id, kind: "RETURNED_MAIL", status: "OPEN" } })).toBe(1);

    // Staff print it again: it is held until the address is checked.
    await forcePrintMessage(db, messageId, systemActor).catch((e: unknown) => e);
    const { messageId: next } = await db.$transaction((tx) => queuePatientMessage(tx, { patientId: patient.id, template: "referral-received", subject: "S", payload }));
    await sendMessage(db, next, testMessageContext(), fakeMailer().send);
    await runPrintBatches(db, { ...options, now: new Date(now.getTime() + 5000) });
    expect(await db.letter.findUniqueOrThrow({ where: { messageId: next } })).toMatchObject({ status: "PENDING" });

    await confirmAddressChecked(db, patient.id, systemActor);
    expect(await db.worklistTask.count({ where: { patientId: patient.id, kind: "RETURNED_MAIL", status: "OPEN" } })).toBe(0);
    await runPrintBatches(db, { ...options, now: new Date(Date.now() + 5000) });
    expect(await db.letter.findUniqueOrThrow({ where: { messageId: next } })).toMatchObject({ status: "IN_BATCH" });
  });

  it("follows the print supplier's statuses in order only", async () => {
    const { letter } = await printedLetter();
    await recordLetterStatus(db, letter.id, "ACCEPTED", systemActor);
    await recordLetterStatus(db, letter.id, "PRINTED", systemActor);
    await expect(recordLetterStatus(db, letter.id, "ACCEPTED", systemActor)).rejects.toThrow(LetterStateError);
    await expect(recordLetterStatus(db, letter.id, "DELIVERED", systemActor)).rejects.toThrow(LetterStateError);
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ status: "PRINTED" });
  });

  it("retries a failed job once more, and nothing else", async () => {
    const queue = `retry-${crypto.randomUUID()}`;
    await enqueueJob(db, { queue, payload: {} });
    const job = await db.job.findFirstOrThrow({ where: { queue } });
    expect(await retryJob(db, job.id)).toBe(false);
    await db.job.update({ where: { id: job.id }, data: { status: "FAILED", attempts: 5, maxAttempts: 5 } });
    expect(await retryJob(db, job.id)).toBe(true);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "QUEUED", maxAttempts: 6 });
  });
});
