import {
  appointmentCancellationContent,
  appointmentConfirmationContent,
  appointmentNeedsRebookingContent,
  appointmentReminderContent,
  type AppointmentEmailInput,
} from "../../emails/appointment-messages";
import { loadAppointmentDetails, type AppointmentDetails } from "../booking/appointments/appointment-details";
import { describeAppointment } from "../booking/appointments/describe-appointment";
import { isLive } from "../booking/core/appointment-status";
import { BOOKING_LINK_ACTIONS, bookingLinkPath, createBookingLinkToken, type BookingLinkAction } from "../booking/links/booking-link";
import { appointmentIcs } from "../booking/calendar/appointment-event";
import type { CalendarMethod } from "../booking/calendar/ics";
import type { MessageContext } from "./message-context";
import { payloadString, type MessageRenderer } from "./rendered-message";

function emailInput(a: AppointmentDetails, ctx: MessageContext): AppointmentEmailInput {
  const reference = a.referral?.bookingReference;
  return {
    patientName: `${a.patient.givenName} ${a.patient.familyName}`,
    appointment: describeAppointment(a),
    manageUrl: `${ctx.baseUrl}/patient/appointments/${a.id}`,
    referenceUrl: `${ctx.baseUrl}/book-by-reference${reference ? `?reference=${encodeURIComponent(reference)}` : ""}`,
  };
}

function icsAttachment(a: AppointmentDetails, method: CalendarMethod, ctx: MessageContext) {
  const content = appointmentIcs(a, { method, organizer: ctx.organizer, manageUrl: `${ctx.baseUrl}/patient/appointments/${a.id}`, now: ctx.now });
  return { filename: method === "CANCEL" ? "cancelled-appointment.ics" : "appointment.ics", content, contentType: `text/calendar; charset=utf-8; method=${method}` };
}

async function load(client: Parameters<MessageRenderer>[0], message: Parameters<MessageRenderer>[1]) {
  const id = payloadString(message, "appointmentId") ?? message.appointmentId;
  return id ? loadAppointmentDetails(client, id) : null;
}

export const renderAppointmentConfirmation: MessageRenderer = async (client, message, ctx) => {
  const a = await load(client, message);
  // Cancelled or moved again before this went out: the newer message says what is true.
  if (!a || !isLive(a.status)) return null;
  const content = appointmentConfirmationContent({ ...emailInput(a, ctx), rescheduled: payloadString(message, "rescheduledFromId") !== undefined });
  return { content, attachments: [icsAttachment(a, "REQUEST", ctx)] };
};

export const renderAppointmentCancellation: MessageRenderer = async (client, message, ctx) => {
  const a = await load(client, message);
  if (!a) return null;
  const content = appointmentCancellationContent({
    ...emailInput(a, ctx),
    cancelledBy: a.status === "CANCELLED_BY_HOSPITAL" ? "HOSPITAL" : "PATIENT",
    reason: a.cancelReason ?? undefined,
  });
  return { content, attachments: [icsAttachment(a, "CANCEL", ctx)] };
};

export const renderAppointmentReminder: MessageRenderer = async (client, message, ctx) => {
  const a = await load(client, message);
  if (!a || a.status !== "BOOKED" || a.startsAt.getTime() <= ctx.now.getTime()) return null;
  const link = (action: BookingLinkAction) =>
    `${ctx.baseUrl}${bookingLinkPath(createBookingLinkToken({ appointmentId: a.id, action, expiresAt: a.startsAt }, ctx.secret))}`;
  const links = Object.fromEntries(BOOKING_LINK_ACTIONS.map((action) => [action, link(action)])) as Record<BookingLinkAction, string>;
  const daysBefore = Number(payloadString(message, "daysBefore") ?? "0");
  return { content: appointmentReminderContent({ ...emailInput(a, ctx), daysBefore, links }) };
};

export const renderAppointmentNeedsRebooking: MessageRenderer = async (client, message, ctx) => {
  const a = await load(client, message);
  if (!a) return null;
  const content = appointmentNeedsRebookingContent({ ...emailInput(a, ctx), manageUrl: `${ctx.baseUrl}/patient`, reason: payloadString(message, "reason") ?? a.cancelReason ?? undefined });
  return { content, attachments: [icsAttachment(a, "CANCEL", ctx)] };
};
