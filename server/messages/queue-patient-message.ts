import type { Tx } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { chooseChannel } from "./choose-channel";
import { enqueueJob } from "../platform/jobs/queue";

/**
 * Writes an outbox message to a patient, on their preferred channel (digital
 * first, a letter otherwise), and the job that sends it, inside the caller's
 * transaction, so the message exists if and only if the change it reports was
 * committed.
 */
export async function queuePatientMessage(
  tx: Tx,
  input: {
    patientId: string;
    template: string;
    subject: string;
    appointmentId?: string | null;
    referralId?: string | null;
    payload: Prisma.InputJsonObject;
  },
): Promise<{ messageId: string }> {
  const patient = await tx.patient.findUniqueOrThrow({
    where: { id: input.patientId },
    select: { id: true, preferredContact: true, email: true, mobile: true, addressLine1: true, addressLine2: true, town: true, postcode: true },
  });
  const { channel, toAddress } = chooseChannel(patient);
  const message = await tx.message.create({
    data: {
      patientId: patient.id,
      appointmentId: input.appointmentId ?? null,
      referralId: input.referralId ?? null,
      channel,
      template: input.template,
      toAddress,
      subject: input.subject,
      payload: input.payload,
    },
    select: { id: true },
  });
  await enqueueJob(tx, { queue: "send-message", payload: { messageId: message.id } });
  return { messageId: message.id };
}
