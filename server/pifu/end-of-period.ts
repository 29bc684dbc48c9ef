import { addDays } from "date-fns";
import { recordAudit, systemActor, type Actor } from "../platform/audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { getSetting } from "../platform/settings/settings";
import { recordRttEvent } from "../referrals/rtt/record-rtt-event";
import { closeResolvedTasks, createWorklistTask } from "../worklists";
import { PifuNotActiveError } from "./errors";
import { queuePifuGpMessage, queuePifuPatientMessage } from "./pifu-messages";
import { monthsBefore, OPEN_ENDED_REVIEW_MONTHS } from "./period";

const BATCH = 200;
/** A clinical review task is due within this many days. */
const REVIEW_DUE_DAYS = 14;

export type EndOfPeriodSummary = { warned: number; discharged: number; reviews: number; noContactReviews: number; keptOpen: number };

/** Something still in hand: an open request, or a decision to book that is not booked yet. */
const nothingInHand: Prisma.PifuPathwayWhereInput = {
  requests: { none: { OR: [{ status: "OPEN" }, { status: "BOOKING", waitingListEntry: { status: "WAITING" } }] } },
};

/**
 * The daily end-of-period pass over PIFU pathways. It warns patients a few weeks
 * before the end (setting pifuEndWarningWeeks); at the end it discharges (patient
 * and GP letters, referral closed, clock stopped if still running) or opens a
 * clinical-review task, as the pathway says; it keeps a pathway open while a
 * request is in hand; and it opens a review task for open-ended pathways with no
 * contact for 24 months. Every step is a guarded update in its own transaction,
 * so running it twice, or again after a crash halfway, does each thing once;
 * its conditions are states, not dates, so a missed night is caught up.
 */
export async function runPifuEndOfPeriod(client: Db, now: Date = new Date()): Promise<EndOfPeriodSummary> {
  const warningWeeks = await getSetting(client, "pifuEndWarningWeeks");
  const summary: EndOfPeriodSummary = { warned: 0, discharged: 0, reviews: 0, noContactReviews: 0, keptOpen: 0 };

  if (warningWeeks > 0) {
    const warnFrom = addDays(now, warningWeeks * 7);
    await eachBatch(client, { status: "ACTIVE", endWarnedAt: null, endsAt: { gt: now, lte: warnFrom } }, async (tx, id) => {
      const claimed = await tx.pifuPathway.updateMany({ where: { id, status: "ACTIVE", endWarnedAt: null }, data: { endWarnedAt: now } });
      if (claimed.count !== 1) return;
      await queuePifuPatientMessage(tx, id, "pifu-ending-soon");
      summary.warned += 1;
    });
  }

  await eachBatch(client, { status: "ACTIVE", endsAt: { lte: now }, ...nothingInHand }, async (tx, id) => {
    const pathway = await tx.pifuPathway.findUniqueOrThrow({ where: { id }, select: { endAction: true, patientId: true, referralId: true, serviceId: true } });
    const status = pathway.endAction === "DISCHARGE" ? "DISCHARGED" : "REVIEW_DUE";
    const claimed = await tx.pifuPathway.updateMany({ where: { id, status: "ACTIVE", endsAt: { lte: now }, ...nothingInHand }, data: { status, endedAt: now } });
    if (claimed.count !== 1) return;
    if (status === "DISCHARGED") {
      await dischargeAtEnd(tx, id, pathway, now);
      summary.discharged += 1;
    } else {
      await createWorklistTask(
        tx,
        {
          kind: "PIFU_REVIEW",
          patientId: pathway.patientId,
          serviceId: pathway.serviceId,
          referralId: pathway.referralId,
          summary: "PIFU period ended: review the patient, then discharge or start a new period",
          details: { pifuPathwayId: id, reason: "END_OF_PERIOD" },
          dueBy: addDays(now, REVIEW_DUE_DAYS),
        },
        systemActor,
      );
      await queuePifuPatientMessage(tx, id, "pifu-review-due");
      summary.reviews += 1;
    }
    await recordAudit(tx, { actor: systemActor, action: "pifu.period_ended", entityType: "PifuPathway", entityId: id, patientId: pathway.patientId, after: { status } });
  });

  // What the end is waiting for, for the log: the triage queue and booking centre own it.
  summary.keptOpen = await client.pifuPathway.count({ where: { status: "ACTIVE", endsAt: { lte: now }, NOT: nothingInHand } });

  const quietSince = monthsBefore(now, OPEN_ENDED_REVIEW_MONTHS);
  const quiet: Prisma.PifuPathwayWhereInput = {
    status: "ACTIVE",
    endsAt: null,
    OR: [{ lastContactAt: { lte: quietSince } }, { lastContactAt: null, startsAt: { lte: quietSince } }],
    AND: [{ OR: [{ noContactReviewAt: null }, { noContactReviewAt: { lte: quietSince } }] }],
  };
  await eachBatch(client, quiet, async (tx, id) => {
    const claimed = await tx.pifuPathway.updateMany({ where: { id, ...quiet }, data: { noContactReviewAt: now } });
    if (claimed.count !== 1) return;
    const pathway = await tx.pifuPathway.findUniqueOrThrow({ where: { id }, select: { patientId: true, referralId: true, serviceId: true } });
    await createWorklistTask(
      tx,
      {
        kind: "PIFU_REVIEW",
        ...pathway,
        summary: "Open-ended PIFU with no contact for 24 months: review whether the patient still needs it",
        details: { pifuPathwayId: id, reason: "NO_CONTACT" },
        dueBy: addDays(now, REVIEW_DUE_DAYS * 2),
      },
      systemActor,
    );
    summary.noContactReviews += 1;
  });
  return summary;
}

/** Runs `step` for each matching pathway, each in its own transaction, a batch at a time. */
async function eachBatch(client: Db, where: Prisma.PifuPathwayWhereInput, step: (tx: Tx, id: string) => Promise<void>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const ids = await client.pifuPathway.findMany({ where: { ...where, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: BATCH, select: { id: true } });
    for (const { id } of ids) await client.$transaction((tx) => step(tx, id));
    if (ids.length < BATCH) return;
    after = ids[ids.length - 1]!.id;
  }
}

async function dischargeAtEnd(tx: Tx, id: string, pathway: { referralId: string; patientId: string }, now: Date): Promise<void> {
  const referral = await tx.referral.findUniqueOrThrow({ where: { id: pathway.referralId }, select: { status: true, rttClockStartAt: true, rttClockStopAt: true } });
  if (referral.rttClockStartAt && !referral.rttClockStopAt) {
    await recordRttEvent(tx, { referralId: pathway.referralId, code: "34", occurredAt: now, note: "Discharged at the end of patient-initiated follow-up" });
  }
  if (referral.status === "ON_PIFU") await tx.referral.update({ where: { id: pathway.referralId }, data: { status: "DISCHARGED" } });
  await tx.waitingListEntry.updateMany({ where: { referralId: pathway.referralId, status: "WAITING" }, data: { status: "REMOVED", removedReason: "Discharged at the end of patient-initiated follow-up" } });
  await queuePifuPatientMessage(tx, id, "pifu-discharged");
  await queuePifuGpMessage(tx, id, "pifu-discharged-gp");
}

/**
 * The clinician's review at the end of a period decides discharge: the same
 * letters and closures as an automatic discharge, and the review task closes.
 * (Starting a new period instead goes through activation, which ends this one.)
 */
export async function dischargeAfterReview(client: Db, pathwayId: string, actor: Actor, now: Date = new Date()): Promise<void> {
  await client.$transaction(async (tx) => {
    const pathway = await tx.pifuPathway.findUnique({ where: { id: pathwayId }, select: { patientId: true, referralId: true, status: true } });
    if (!pathway) throw new PifuNotActiveError("This PIFU pathway could not be found");
    const claimed = await tx.pifuPathway.updateMany({ where: { id: pathwayId, status: "REVIEW_DUE" }, data: { status: "DISCHARGED", endedAt: now } });
    if (claimed.count !== 1) throw new PifuNotActiveError("This PIFU pathway is not waiting for a review");
    await dischargeAtEnd(tx, pathwayId, pathway, now);
    await closeResolvedTasks(tx, { kind: "PIFU_REVIEW", referralId: pathway.referralId }, "Reviewed: discharged to the GP", actor, now);
    await recordAudit(tx, { actor, action: "pifu.discharged_after_review", entityType: "PifuPathway", entityId: pathwayId, patientId: pathway.patientId, after: { status: "DISCHARGED" } });
  });
}
