import type { Tx } from "../db/client";
import { chooseChannel } from "../booking/queue-appointment-message";
import { enqueueJob } from "../jobs/queue";
import { referralMessageSubjects, type ReferralMessagePayload, type ReferralTemplate } from "../../emails/referral-messages";

/**
 * Writes the outbox row for a message about a referral, and the job that sends it,
 * inside the caller's transaction: the message exists if and only if the change
 * it reports was committed. Patients are reached on their preferred channel
 * (digital first, a letter otherwise); referrers by email when the referral gave
 * one, otherwise by letter to the referrer.
 */
export async function queueReferralMessage(
  tx: Tx,
  input: { referralId: string; to: "patient" | "referrer"; template: ReferralTemplate; payload: ReferralMessagePayload },
): Promise<{ messageId: string }> {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: input.referralId },
    select: {
      referrerName: true,
      referrerEmail: true,
      referrerOrgCode: true,
      patient: {
        select: { id: true, preferredContact: true, email: true, mobile: true, addressLine1: true, addressLine2: true, town: true, postcode: true },
      },
    },
  });
  const { channel, toAddress } =
    input.to === "patient"
      ? chooseChannel(referral.patient)
      : referral.referrerEmail
        ? { channel: "EMAIL" as const, toAddress: referral.referrerEmail }
        : { channel: "LETTER" as const, toAddress: [referral.referrerName, referral.referrerOrgCode].filter(Boolean).join("\n") };
  const message = await tx.message.create({
    data: {
      // Messages to the referrer are about the patient but not for them: they stay out of the patient's own list.
      patientId: input.to === "patient" ? referral.patient.id : null,
      referralId: input.referralId,
      channel,
      template: input.template,
      toAddress,
      subject: referralMessageSubjects[input.template],
      payload: { ...input.payload, referralId: input.referralId },
    },
    select: { id: true },
  });
  await enqueueJob(tx, { queue: "send-message", payload: { messageId: message.id } });
  return { messageId: message.id };
}
