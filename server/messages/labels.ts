import type { LetterStatus, MessageStatus, PrintBatchStatus } from "../platform/db/generated/enums";
type TagColour = "white" | "grey" | "green" | "blue" | "red" | "yellow";

/** Labels for patients and staff (client-safe: no database imports). */
export const letterStatusLabel: Record<LetterStatus, string> = {
  PENDING: "Waiting to print",
  IN_BATCH: "In a print batch",
  ACCEPTED: "Accepted by printer",
  PRINTED: "Printed",
  DISPATCHED: "Posted",
  DELIVERED: "Delivered",
  RETURNED: "Returned",
  FAILED: "Failed",
  CANCELLED: "Not needed",
};

export const letterStatusColour: Record<LetterStatus, TagColour> = {
  PENDING: "yellow",
  IN_BATCH: "blue",
  ACCEPTED: "blue",
  PRINTED: "blue",
  DISPATCHED: "green",
  DELIVERED: "green",
  RETURNED: "red",
  FAILED: "red",
  CANCELLED: "grey",
};

export const messageStatusLabel: Record<MessageStatus, string> = {
  PENDING: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  READ: "Read",
  FAILED: "Failed",
  CANCELLED: "Not sent",
};

export const batchStatusLabel: Record<PrintBatchStatus, string> = {
  BUILDING: "Being built",
  READY: "Ready for the printer",
  DISPATCHED: "Dispatched",
};
