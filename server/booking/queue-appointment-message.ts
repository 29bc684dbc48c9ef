import type { Tx } from "../db/client";
import type { MessageChannel } from "../db/generated/enums";
import { enqueueJob } from "../jobs/queue";

export type AppointmentTemplate = "appointment-confirmation" | "appointment-cancellation" | "appointment-needs-rebooking";

const subjects: Record<AppointmentTemplate, string> = {
  "appointment-confirmation": "Your appointment is booked",
  "appointment-cancellation": "Your appointment has been cancelled",
  "appointment-needs-rebooking": "We need to change your appointment",
};

type Recipient = {
  id: string;
  preferredContact: "EMAIL" | "SMS" | "POST" | "TELEPHONE";
  email: string | null;
  mobile: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
};

/**
 * Writes the outbox row for a message about an appointment and the job that sends
 * it, inside the caller's transaction: the message exists if and only if the
 * change it reports was committed. The sender renders `template` from the payload.
 */
export async function queueAppointmentMessage(
  tx: Tx,
  input: { patientId: string; appointmentId: string; referralId?: string | null; template: AppointmentTemplate; payload?: Record<string, string> },
): Promise<{ messageId: string }> {
  const patient = await tx.patient.findUniqueOrThrow({
    where: { id: input.patientId },
    select: { id: true, preferredContact: true, email: true, mobile: true, addressLine1: true, addressLine2: true, town: true, postcode: true },
  });
  const { channel, toAddress } = chooseChannel(patient);
  const message = await tx.message.create({
    data: {
      patientId: patient.id,
      appointmentId: input.appointmentId,
      referralId: input.referralId ?? null,
      channel,
      template: input.template,
      toAddress,
      subject: subjects[input.template],
      payload: { appointmentId: input.appointmentId, ...input.payload },
    },
    select: { id: true },
  });
  await enqueueJob(tx, { queue: "send-message", payload: { messageId: message.id } });
  return { messageId: message.id };
}

/** Digital first: the patient's preferred digital channel, then email, then a letter to their address. */
export function chooseChannel(patient: Recipient): { channel: MessageChannel; toAddress: string } {
  if (patient.preferredContact === "SMS" && patient.mobile) return { channel: "SMS", toAddress: patient.mobile };
  if (patient.preferredContact !== "POST" && patient.email) return { channel: "EMAIL", toAddress: patient.email };
  if (patient.preferredContact !== "POST" && patient.mobile) return { channel: "SMS", toAddress: patient.mobile };
  const address = [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter(Boolean).join("\n");
  return { channel: "LETTER", toAddress: address };
}
