import { SETTINGS } from "../../platform/settings/settings";
import { SAMPLE_PATIENT_NAME } from "../template-samples";
import { templateFor } from "../templates";
import { composeLetterPdf, type LetterRecipient } from "./compose-letter";

/** A demo patient with everything long: the letter must still fit the window. */
export const SAMPLE_RECIPIENT: LetterRecipient = {
  nhsNumber: "9990000018",
  givenName: SAMPLE_PATIENT_NAME.split(" ")[0]!,
  familyName: SAMPLE_PATIENT_NAME.split(" ").slice(1).join(" "),
  addressLine1: "Flat 12b, The Old Victoria Cotton Mill Apartments, 1234–1236 Great Western Industrial Estate Road",
  addressLine2: "Upper Little Snoring-on-the-Marsh and Great Snoring Parish",
  town: "Kingston upon Hull",
  postcode: "hu1 2ab",
};

export const SAMPLE_CONTEXT = { baseUrl: "https://frontdoor.example.nhs.uk", trustName: "Northfield Community Health NHS Trust", now: new Date("2026-04-01T09:00:00Z") };

/** The sample letter for a message type, for checking by eye and by tools. */
export async function sampleLetterPdf(messageType: string, variant: "STANDARD" | "LARGE_PRINT", recipient: LetterRecipient = SAMPLE_RECIPIENT): Promise<Buffer> {
  const template = templateFor(messageType);
  if (!template) throw new Error(`There is no message type called ${messageType}`);
  return composeLetterPdf({
    content: template.sample(SAMPLE_CONTEXT),
    variant,
    recipient,
    sender: { name: SAMPLE_CONTEXT.trustName, ...SETTINGS.letterSender.default },
    date: SAMPLE_CONTEXT.now,
    inboxUrl: `${SAMPLE_CONTEXT.baseUrl}/patient/messages`,
  });
}
