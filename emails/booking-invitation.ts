import { paragraph, type MessageContent } from "./content";

/** The invitation to book, with the reference that opens booking without an account. */
export function bookingInvitationContent(input: {
  patientName: string;
  serviceName: string;
  contactPhone: string;
  bookingReference: string;
  /** /book-by-reference with the reference filled in. */
  bookUrl: string;
}): MessageContent {
  return {
    subject: `Book your ${input.serviceName} appointment`,
    title: "Book your appointment",
    bookingReference: input.bookingReference,
    contact: `If you cannot book online, call ${input.serviceName} on ${input.contactPhone}.`,
    blocks: [
      paragraph(`Dear ${input.patientName}, you can now book your appointment with ${input.serviceName}.`),
      { kind: "reference", label: "Your booking reference is", value: input.bookingReference },
      { kind: "action", label: "Book your appointment", url: input.bookUrl, primary: true },
      paragraph("You will need your booking reference, your date of birth and your postcode."),
      paragraph("If none of the times suit you, you can ask us to call you back."),
    ],
  };
}
