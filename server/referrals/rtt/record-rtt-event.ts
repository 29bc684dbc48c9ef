import type { Tx } from "../../platform/db/client";
import type { RttCode } from "./rtt-codes";
import { applyRttEvent, deriveRttClock, type RttClock } from "./rtt-clock";

export type RecordRttEventInput = {
  referralId: string;
  code: RttCode;
  occurredAt: Date;
  note?: string;
  recordedById?: string | null;
};

export type RecordRttEventResult = { ok: true; clock: RttClock; eventId: string } | { ok: false; reason: string };

/**
 * Appends one RTT status to a pathway and keeps the referral's clock fields
 * (rttClockStartAt, rttClockStopAt, rttStatusCode) equal to what the events say.
 * The referral row is locked first, so two events recorded at once are applied
 * one after the other, each against the other's result. Refuses (without writing)
 * an event the rules do not allow; the caller decides how to report that.
 */
export async function recordRttEvent(tx: Tx, input: RecordRttEventInput): Promise<RecordRttEventResult> {
  await tx.$queryRaw`SELECT id FROM "Referral" WHERE id = ${input.referralId}::uuid FOR UPDATE`;
  const events = await tx.rttEvent.findMany({
    where: { referralId: input.referralId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    select: { code: true, occurredAt: true },
  });
  const before = deriveRttClock(events.map((e) => ({ code: e.code as RttCode, occurredAt: e.occurredAt })));
  const result = applyRttEvent(before, { code: input.code, occurredAt: input.occurredAt });
  if (!result.ok) return result;
  const event = await tx.rttEvent.create({
    data: {
      referralId: input.referralId,
      code: input.code,
      occurredAt: input.occurredAt,
      note: input.note ?? null,
      recordedById: input.recordedById ?? null,
    },
    select: { id: true },
  });
  await tx.referral.update({
    where: { id: input.referralId },
    data: { rttClockStartAt: result.clock.startAt, rttClockStopAt: result.clock.stopAt, rttStatusCode: result.clock.statusCode },
  });
  return { ok: true, clock: result.clock, eventId: event.id };
}
