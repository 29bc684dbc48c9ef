import type { Tx } from "../platform/db/client";
import { queuePatientMessage } from "../messages/queue-patient-message";
import { enqueueJob } from "../platform/jobs/queue";
import { referralMessageSubjects, type ReferralMessagePayload, type ReferralTemplate } from "../../emails/referral-messages";

/**
 * Writes the outbox row for a message about a referral, and the job that sends it,
 * inside the caller's transaction: the message exists if and only if the change
 * it reports was committed. Patients are reached on their preferred channel
 * (digital first, a letter otherwise); referrers by email when the referral gave
 * one. Without a referrer email the booking centre gets a call-back task to tell
 * the referrer instead (letters are printed for patients, not for referrers).
 */
export async function queueReferralMessage(
  tx: Tx,
  input: { referralId: string; to: "patient" | "referrer"; template: ReferralTemplate; payload: ReferralMessagePayload },
): Promise<{ messageId: string | null }> {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: input.referralId },
    select: {
      referrerName: true,
      referrerEmail: true,
      referrerOrgCode: true,
      serviceId: true,
      patient: { select: { id: true } },
    },
  });
  if (input.to === "patient") {
    return queuePatientMessage(tx, {
      patientId: referral.patient.id,
      referralId: input.referralId,
      template: input.template,
      subject: referralMessageSubjects[input.template],
      payload: { ...input.payload, referralId: input.referralId },
    });
  }
  if (!referral.referrerEmail) {
    await tx.worklistTask.create({
      data: {
        kind: "CALL_BACK",
        patientId: referral.patient.id,
        serviceId: referral.serviceId,
        referralId: input.referralId,
        summary: `Tell ${referral.referrerName}${referral.referrerOrgCode ? ` (${referral.referrerOrgCode})` : ""}: ${referralMessageSubjects[input.template].toLowerCase()}. The referral has no email address for them.`,
        details: { template: input.template, explanation: input.payload.explanation ?? null },
      },
    });
    return { messageId: null };
  }
  const message = await tx.message.create({
    data: {
      // Messages to the referrer are about the patient but not for them: they stay out of the patient's own list.
      patientId: null,
      referralId: input.referralId,
      channel: "EMAIL",
      template: input.template,
      toAddress: referral.referrerEmail,
      subject: referralMessageSubjects[input.template],
      payload: { ...input.payload, referralId: input.referralId },
    },
    select: { id: true },
  });
  await enqueueJob(tx, { queue: "send-message", payload: { messageId: message.id } });
  return { messageId: message.id };
}
