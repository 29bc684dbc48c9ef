import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { fakeMailer, testMessageContext } from "../platform/testing/message-context";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { SETTINGS, setSetting } from "../platform/settings/settings";
import { openInboxMessage } from "./inbox";
import { claimPrintBatches } from "./letters/claim-print-batches";
import { runPrintBatches } from "./letters/print-batch-job";
import { queuePatientMessage } from "./queue-patient-message";
import { messageIdHeader, sendMessage } from "./send-message";

const database = setupTestDatabaseHandle();
const db = database.db;
const HOUR = 3_600_000;

const payload = { patientName: "Test Patient", serviceName: "MSK physiotherapy", contactPhone: "0121 000 0000", trackerPath: "/patient/referrals/x" };

async function queued(patientInput: Parameters<Awaited<ReturnType<typeof createTestFixtures>>["createPatient"]>[0] = {}, options: { template?: string; forcePrint?: boolean; arriveBy?: Date; now?: Date } = {}) {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient(patientInput);
  const now = options.now ?? new Date();
  const { messageId } = await db.$transaction((tx) =>
    queuePatientMessage(tx, { patientId: patient.id, template: options.template ?? "referral-received", subject: "We have received your referral", payload, forcePrint: options.forcePrint, arriveBy: options.arriveBy, now }),
  );
  return { patient, messageId, now };
}

async function batches(now: Date) {
  const outboxDir = await mkdtemp(path.join(tmpdir(), "print-outbox-"));
  const built = await runPrintBatches(db, { now, outboxDir, baseUrl: "http://frontdoor.test", sender: { name: "Test Trust", ...SETTINGS.letterSender.default } });
  const manifests = await Promise.all((await readdir(outboxDir)).filter((f) => f.endsWith(".csv")).map((f) => readFile(path.join(outboxDir, f), "utf8")));
  const letterIds = manifests.flatMap((m) => m.trim().split("\r\n").slice(1).map((line) => line.split(",")[0]!));
  return { built, letterIds, outboxDir };
}

describe("the message plan: inbox and email first, a letter if unread", () => {
  it("emails at once and prints the letter only once 48 hours have passed unread", async () => {
    const { messageId, now } = await queued();
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect(letter).toMatchObject({ status: "PENDING", postageClass: "SECOND", variant: "STANDARD" });
    expect(letter.printAfter).toEqual(new Date(now.getTime() + 48 * HOUR));

    const mailer = fakeMailer();
    expect(await sendMessage(db, messageId, testMessageContext(now), mailer.send)).toBe("sent");
    expect(mailer.sent[0]?.messageId).toBe(messageIdHeader(messageId));
    expect(mailer.sent[0]?.text).toContain(`http://frontdoor.test/patient/messages/${messageId}`);

    expect((await batches(new Date(now.getTime() + 47 * HOUR))).letterIds).not.toContain(letter.id);
    const later = await batches(new Date(now.getTime() + 49 * HOUR));
    expect(later.letterIds).toContain(letter.id);
    const printed = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(printed).toMatchObject({ status: "IN_BATCH", sheetCount: 1, postagePence: 73 });
    expect(printed.pageCount).toBeGreaterThanOrEqual(1);
    const batch = await db.printBatch.findUniqueOrThrow({ where: { id: printed.batchId! } });
    expect(batch).toMatchObject({ status: "READY", postageClass: "SECOND" });
    const merged = await readFile(path.join(later.outboxDir, batch.pdfFile!));
    expect(merged.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("cancels the letter when the patient reads the message in their inbox, in the same transaction", async () => {
    const { messageId, patient, now } = await queued();
    await sendMessage(db, messageId, testMessageContext(now), fakeMailer().send);

    const opened = await openInboxMessage(db, patient.id, messageId, new Date(now.getTime() + 10 * HOUR));
    expect(opened?.content.title).toBe("We have received your referral");
    expect(opened?.letter?.status).toBe("CANCELLED");
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ status: "READ" });
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect((await batches(new Date(now.getTime() + 60 * HOUR))).letterIds).not.toContain(letter.id);
  });

  it("does not let another patient open the message (or cancel its letter)", async () => {
    const { messageId, now } = await queued();
    const other = await queued();
    await sendMessage(db, messageId, testMessageContext(now), fakeMailer().send);
    expect(await openInboxMessage(db, other.patient.id, messageId)).toBeNull();
    expect(await db.letter.findUniqueOrThrow({ where: { messageId } })).toMatchObject({ status: "PENDING" });
  });

  it("prints at once for a patient who prefers post, and sends no email", async () => {
    const { messageId, now } = await queued({ preferredContact: "POST", communicationNeeds: ["LARGE_PRINT"] });
    const mailer = fakeMailer();
    expect(await sendMessage(db, messageId, testMessageContext(now), mailer.send)).toBe("letter-queued");
    expect(mailer.sent).toHaveLength(0);
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect(letter).toMatchObject({ variant: "LARGE_PRINT", largePrint: true });
    expect((await batches(new Date(now.getTime() + 1000))).letterIds).toContain(letter.id);
  });

  it("prints urgent changes at once, first class, as well as emailing", async () => {
    const { messageId, now } = await queued({}, { template: "appointment-cancellation" });
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect(letter).toMatchObject({ postageClass: "FIRST", printAfter: now });
  });

  it("prints at once when staff force print, and never for a digital-only plan", async () => {
    const forced = await queued({}, { forcePrint: true });
    expect((await db.letter.findUniqueOrThrow({ where: { messageId: forced.messageId } })).printAfter).toEqual(forced.now);
    const reminder = await queued({}, { template: "appointment-reminder" });
    expect(await db.letter.findUnique({ where: { messageId: reminder.messageId } })).toBeNull();
  });

  it("prints an invitation early enough to arrive before its deadline", async () => {
    const now = new Date();
    const { messageId } = await queued({}, { arriveBy: new Date(now.getTime() + 7 * 24 * HOUR), now });
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect(letter.printAfter).toEqual(new Date(now.getTime() + 24 * HOUR));
    const tight = await queued({}, { arriveBy: new Date(now.getTime() + 4 * 24 * HOUR), now });
    expect(await db.letter.findUniqueOrThrow({ where: { messageId: tight.messageId } })).toMatchObject({ postageClass: "FIRST", printAfter: now });
  });

  it("follows an administrator's plan for the message type", async () => {
    await setSetting(db, "messagePlans", { "referral-accepted": { letter: "after-unread", afterHours: 24, postageClass: "ECONOMY" } });
    const { messageId, now } = await queued({}, { template: "referral-accepted" });
    expect(await db.letter.findUniqueOrThrow({ where: { messageId } })).toMatchObject({ postageClass: "ECONOMY", printAfter: new Date(now.getTime() + 24 * HOUR) });
    await setSetting(db, "messagePlans", {});
  });

  it("sends braille and other formats to the accessible-format queue instead of the print batch", async () => {
    const { messageId, now } = await queued({ preferredContact: "POST", communicationNeeds: ["BRAILLE"] });
    await sendMessage(db, messageId, testMessageContext(now), fakeMailer().send);
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    expect(letter.variant).toBe("BRAILLE");
    expect((await batches(new Date(now.getTime() + 1000))).letterIds).not.toContain(letter.id);
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("exactly once", () => {
  it("takes back a message whose worker died mid-send, with the same Message-ID, and ignores the dead worker's result", async () => {
    const { messageId, now } = await queued();
    // A worker claimed it and died: SENDING with a lease that has run out.
    await db.message.update({ where: { id: messageId }, data: { status: "SENDING", leaseUntil: new Date(now.getTime() - 1000) } });
    const live = fakeMailer();
    expect(await sendMessage(db, messageId, testMessageContext(now), live.send)).toBe("sent");
    expect(live.sent.map((e) => e.messageId)).toEqual([messageIdHeader(messageId)]);

    // Still within someone's lease: another worker leaves it alone.
    const { messageId: second, now: t } = await queued();
    await db.message.update({ where: { id: second }, data: { status: "SENDING", leaseUntil: new Date(t.getTime() + 60_000) } });
    const other = fakeMailer();
    expect(await sendMessage(db, second, testMessageContext(t), other.send)).toBe("in-progress");
    expect(other.sent).toHaveLength(0);
  });

  it("rebuilds a batch whose builder died, with the same letters and the same file names", async () => {
    const { messageId, now } = await queued({ preferredContact: "POST" });
    await sendMessage(db, messageId, testMessageContext(now), fakeMailer().send);
    const letter = await db.letter.findUniqueOrThrow({ where: { messageId } });
    const claimed = await claimPrintBatches(db, { now, leaseSeconds: 60, maxLetters: 100 });
    const mine = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(claimed.map((c) => c.id)).toContain(mine.batchId);

    // Before the lease runs out nobody else builds it; after, the next run does.
    expect((await batches(new Date(now.getTime() + 30_000))).letterIds).not.toContain(letter.id);
    const after = await batches(new Date(now.getTime() + 120_000));
    expect(after.letterIds.filter((id) => id === letter.id)).toHaveLength(1);
    expect(await db.printBatch.findUniqueOrThrow({ where: { id: mine.batchId! } })).toMatchObject({ status: "READY", pdfFile: `batch-${mine.batchId}.pdf` });
  });
});
