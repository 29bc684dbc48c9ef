import { bookingInvitationContent } from "../../emails/booking-invitation";
import { payloadString, type MessageRenderer } from "./rendered-message";

export const renderBookingInvitation: MessageRenderer = async (client, message, ctx) => {
  const referralId = payloadString(message, "referralId") ?? message.referralId;
  if (!referralId) return null;
  const referral = await client.referral.findUnique({
    where: { id: referralId },
    select: {
      status: true,
      bookingReference: true,
      patient: { select: { givenName: true, familyName: true } },
      service: { select: { name: true, contactPhone: true } },
    },
  });
  // Booked (or closed) since the invitation was queued: nothing left to invite to.
  if (!referral?.bookingReference || referral.status !== "ACCEPTED") return null;
  const content = bookingInvitationContent({
    patientName: `${referral.patient.givenName} ${referral.patient.familyName}`,
    serviceName: referral.service.name,
    contactPhone: referral.service.contactPhone,
    bookingReference: referral.bookingReference,
    bookUrl: `${ctx.baseUrl}/book-by-reference?reference=${encodeURIComponent(referral.bookingReference)}`,
  });
  return { content };
};
