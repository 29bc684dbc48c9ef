import { button, html, layout, type RenderedEmail } from "./render";

/** The invitation to book, with the reference that opens booking without an account. */
export function bookingInvitationEmail(input: {
  trustName: string;
  patientName: string;
  serviceName: string;
  contactPhone: string;
  bookingReference: string;
  /** /book-by-reference with the reference filled in. */
  bookUrl: string;
}): RenderedEmail {
  const subject = `Book your ${input.serviceName} appointment`;
  const intro = `Dear ${input.patientName}, you can now book your appointment with ${input.serviceName}.`;
  const how = "You will need your booking reference, your date of birth and your postcode.";
  const body = html`<p>${intro}</p>
<p>Your booking reference is <strong style="font-size:24px;letter-spacing:2px">${input.bookingReference}</strong></p>
${button(input.bookUrl, "Book your appointment")}
<p>${how}</p>
<p>If none of the times suit you, you can ask us to call you back. If you cannot book online, call ${input.serviceName} on ${input.contactPhone}.</p>`;
  const text = [
    intro,
    "",
    `Your booking reference is ${input.bookingReference}`,
    "",
    `Book your appointment: ${input.bookUrl}`,
    how,
    "",
    `If none of the times suit you, you can ask us to call you back. If you cannot book online, call ${input.serviceName} on ${input.contactPhone}.`,
  ].join("\n");
  return { subject, text, html: layout({ title: "Book your appointment", trustName: input.trustName, body }) };
}
