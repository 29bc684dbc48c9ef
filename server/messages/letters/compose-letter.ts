import type { MessageContent } from "../../../emails/content";
import { formatShortDate } from "../../platform/time/london";
import type { LetterInput } from "./letter-input";
import { renderLetterPdf } from "./render-letter";
import { windowAddress } from "./window-address";

export type LetterRecipient = {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
};

export type LetterSender = LetterInput["sender"];

/** A letter's PDF from the message's content and the patient's address, as the print batch and the inbox download both make it. */
export async function composeLetterPdf(options: {
  content: MessageContent;
  variant: "STANDARD" | "LARGE_PRINT";
  recipient: LetterRecipient;
  sender: LetterSender;
  date: Date;
  inboxUrl?: string;
}): Promise<Buffer> {
  const r = options.recipient;
  const address = windowAddress(`${r.givenName} ${r.familyName}`, [r.addressLine1, r.addressLine2, r.town], r.postcode);
  return renderLetterPdf(
    { content: options.content, variant: options.variant, nhsNumber: r.nhsNumber, date: formatShortDate(options.date), sender: options.sender, inboxUrl: options.inboxUrl },
    address,
  );
}
