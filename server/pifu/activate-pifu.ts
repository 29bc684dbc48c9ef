import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import type { PifuPathway } from "../platform/db/generated/client";
import { recordRttEvent } from "../referrals/rtt/record-rtt-event";
import { activatePifuSchema, periodMonthsOf, type ActivatePifuData, type ActivatePifuInput } from "./activation-schema";
import { PifuNotAllowedError, PifuRttNotAllowedError, PifuTemplateNotFoundError } from "./errors";
import { pifuEndsAt } from "./period";
import { queuePifuGpMessage, queuePifuPatientMessage } from "./pifu-messages";

/** Referrals a patient can be put on PIFU from: accepted and seen (or already on PIFU, which renews it). */
const PIFU_FROM = ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU"] as const;

export type ActivationContext = {
  actor: Actor;
  /** The responsible clinician: the appointment's, or the signed-in clinician's. */
  clinicianId: string;
  now: Date;
};

/**
 * Puts a patient on patient-initiated follow-up, inside the caller's transaction
 * (the outcome form calls it within its own): the pathway is recorded with the
 * template's words copied onto it, any earlier PIFU on the referral ends, the
 * referral is ON_PIFU and its waiting-list entries close, the RTT status the
 * clinician confirmed is recorded, and the patient's information and the GP's
 * copy are queued. Audited.
 */
export async function activatePifuInTransaction(tx: Tx, data: ActivatePifuData, context: ActivationContext): Promise<PifuPathway> {
  const { actor, clinicianId, now } = context;
  const referral = await tx.referral.findUnique({
    where: { id: data.referralId },
    select: { id: true, patientId: true, serviceId: true, status: true, rttStatusCode: true },
  });
  if (!referral) throw new PifuNotAllowedError("The referral could not be found");
  if (!(PIFU_FROM as readonly string[]).includes(referral.status)) {
    throw new PifuNotAllowedError("Patient-initiated follow-up can only start on an accepted referral that is still open");
  }
  const template = await tx.pifuTemplate.findUnique({ where: { id: data.templateId } });
  if (!template || !template.active || template.serviceId !== referral.serviceId) {
    throw new PifuTemplateNotFoundError("Choose one of this service's PIFU templates");
  }
  const months = periodMonthsOf(data, template.periodMonths);

  if (data.rttStatus !== "KEEP") {
    const recorded = await recordRttEvent(tx, {
      referralId: referral.id,
      code: data.rttStatus,
      occurredAt: now,
      note: "Patient-initiated follow-up",
      recordedById: actor.userId,
    });
    if (!recorded.ok) throw new PifuRttNotAllowedError(`That RTT status does not fit: ${recorded.reason}`);
  } else {
    const clock = await tx.referral.findUniqueOrThrow({ where: { id: referral.id }, select: { rttClockStartAt: true, rttClockStopAt: true } });
    if (clock.rttClockStartAt && !clock.rttClockStopAt) {
      throw new PifuRttNotAllowedError("The RTT clock is still running: record whether treatment started (30) or active monitoring began (32)");
    }
  }

  // A renewal replaces the live pathway, or settles one waiting for its end-of-period review.
  const ended = await tx.pifuPathway.updateMany({ where: { referralId: referral.id, status: { in: ["ACTIVE", "REVIEW_DUE"] } }, data: { status: "ENDED", endedAt: now } });
  const pathway = await tx.pifuPathway.create({
    data: {
      patientId: referral.patientId,
      referralId: referral.id,
      serviceId: referral.serviceId,
      clinicianId,
      templateId: template.id,
      fromAppointmentId: data.fromAppointmentId ?? null,
      startsAt: now,
      endsAt: pifuEndsAt(now, months),
      durationMonths: months,
      triggerSymptoms: template.triggerSymptoms,
      safetyNetting: template.safetyNetting,
      howToContact: template.howToContact,
      questions: template.questions,
      responseWorkingDays: template.responseWorkingDays,
      personalNotes: data.personalNotes ?? null,
      endAction: template.endAction,
      lastContactAt: now,
    },
  });
  await tx.referral.update({ where: { id: referral.id }, data: { status: "ON_PIFU" } });
  const closed = await tx.waitingListEntry.updateMany({
    where: { referralId: referral.id, status: "WAITING" },
    data: { status: "REMOVED", removedReason: "Moved to patient-initiated follow-up" },
  });
  await queuePifuPatientMessage(tx, pathway.id, "pifu-started");
  await queuePifuGpMessage(tx, pathway.id, "pifu-gp-copy");
  await recordAudit(tx, {
    actor,
    action: "pifu.activated",
    entityType: "PifuPathway",
    entityId: pathway.id,
    patientId: referral.patientId,
    before: { referralStatus: referral.status, rttStatusCode: referral.rttStatusCode },
    after: {
      templateId: template.id,
      durationMonths: months,
      endsAt: pathway.endsAt,
      endAction: pathway.endAction,
      rttStatus: data.rttStatus,
      waitingListEntriesClosed: closed.count,
      earlierPathwaysEnded: ended.count,
    },
  });
  return pathway;
}

/** From the patient's record: its own transaction. */
export async function activatePifu(client: Db, input: ActivatePifuInput, context: Omit<ActivationContext, "now"> & { now?: Date }): Promise<PifuPathway> {
  const data = activatePifuSchema.parse(input);
  return client.$transaction((tx) => activatePifuInTransaction(tx, data, { ...context, now: context.now ?? new Date() }));
}
