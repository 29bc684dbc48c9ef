import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";

/** A PIFU template for a test's own service. */
export async function createTestPifuTemplate(db: DbClient, serviceId: string, input: Partial<Prisma.PifuTemplateUncheckedCreateInput> = {}) {
  return db.pifuTemplate.create({
    data: {
      serviceId,
      name: `Knee pain – 6 months ${Math.random().toString(36).slice(2, 8)}`,
      periodMonths: 6,
      triggerSymptoms: "Swelling or pain returning in the knee",
      safetyNetting: "Call 999 if the knee is hot, red and you feel feverish",
      howToContact: "Ask online or call the physiotherapy team",
      endAction: "DISCHARGE",
      responseWorkingDays: 3,
      questions: ["What has changed?", "How long has it been like this?"],
      ...input,
    },
  });
}

/** Starts the referral's RTT clock the way intake does (status 10), so the clock can be stopped. */
export async function startTestClock(db: DbClient, referralId: string, at: Date) {
  // Replaces any clock the fixture started, so there is exactly one start.
  await db.rttEvent.deleteMany({ where: { referralId } });
  await db.rttEvent.create({ data: { referralId, code: "10", occurredAt: at } });
  await db.referral.update({ where: { id: referralId }, data: { rttClockStartAt: at, rttClockStopAt: null, rttStatusCode: "10" } });
}
