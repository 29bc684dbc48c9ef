import type { MessageContent } from "../../../emails/content";

/** Everything a letter shows, already decided: the PDF is laid out from this alone. */
export type LetterInput = {
  content: MessageContent;
  variant: "STANDARD" | "LARGE_PRINT";
  nhsNumber: string;
  date: string;
  sender: { name: string; returnAddress: readonly string[]; phone: string; website: string };
  /** Where the patient can read it online. */
  inboxUrl?: string;
};
