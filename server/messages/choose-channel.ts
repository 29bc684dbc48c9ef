import type { ContactChannel, MessageChannel } from "../platform/db/generated/enums";

export type Recipient = {
  preferredContact: ContactChannel;
  email: string | null;
  mobile: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
};

/** Digital first: the patient's preferred digital channel, then email, then a letter to their address. */
export function chooseChannel(patient: Recipient): { channel: MessageChannel; toAddress: string } {
  if (patient.preferredContact === "SMS" && patient.mobile) return { channel: "SMS", toAddress: patient.mobile };
  if (patient.preferredContact !== "POST" && patient.email) return { channel: "EMAIL", toAddress: patient.email };
  if (patient.preferredContact !== "POST" && patient.mobile) return { channel: "SMS", toAddress: patient.mobile };
  const address = [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter(Boolean).join("\n");
  return { channel: "LETTER", toAddress: address };
}
