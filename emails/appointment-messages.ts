import type { AppointmentDescription } from "../server/booking/appointments/describe-appointment";
import { paragraph, type ContentBlock, type MessageContent } from "./content";

/**
 * Messages about an appointment. Each states the date and time in UK time, what
 * the appointment is, where it is (or how the call works), who with, and how to
 * change or cancel it.
 */
export type AppointmentEmailInput = {
  patientName: string;
  appointment: AppointmentDescription;
  /** The patient's appointment page (after signing in). */
  manageUrl: string;
  /** Book by reference, for patients without an account. */
  referenceUrl: string;
};

function details(a: AppointmentDescription): ContentBlock[] {
  const rows: [string, string][] = [
    ["Date and time", `${a.when} (UK time)`],
    ["Appointment", `${a.what}, ${a.service}`],
    ["With", a.who],
    a.place.length > 0 ? ["Where", a.place.join(", ")] : ["How", a.mode],
  ];
  return [{ kind: "details", rows }, paragraph(a.howItWorks), ...(a.accessibility ? [paragraph(`Access: ${a.accessibility}`)] : [])];
}

function contact(a: AppointmentDescription): string {
  return `${a.service}: call ${a.contactPhone}.`;
}

function changeOrCancel(input: AppointmentEmailInput): ContentBlock[] {
  const a = input.appointment;
  const reference = a.bookingReference ? ` (${a.bookingReference})` : "";
  return [
    { kind: "heading", text: "If you need to change or cancel" },
    { kind: "action", label: "Sign in", url: input.manageUrl },
    { kind: "action", label: `Or use your booking reference${reference}`, url: input.referenceUrl },
    paragraph(`Or call ${a.service} on ${a.contactPhone}.`),
    paragraph("If you cannot come, please tell us so we can offer the time to someone else."),
  ];
}

export function appointmentConfirmationContent(input: AppointmentEmailInput & { rescheduled: boolean }): MessageContent {
  const subject = input.rescheduled ? "Your appointment has been changed" : "Your appointment is booked";
  const intro = input.rescheduled
    ? `Dear ${input.patientName}, your appointment has moved to the new time below. Your old time is cancelled.`
    : `Dear ${input.patientName}, your appointment is booked.`;
  return {
    subject,
    title: subject,
    bookingReference: input.appointment.bookingReference ?? undefined,
    contact: contact(input.appointment),
    blocks: [
      paragraph(intro),
      ...details(input.appointment),
      { kind: "email-only", text: "A calendar file (appointment.ics) is attached: open it to add the appointment to your calendar." },
      ...changeOrCancel(input),
    ],
  };
}

export function appointmentCancellationContent(input: AppointmentEmailInput & { cancelledBy: "PATIENT" | "HOSPITAL"; reason?: string }): MessageContent {
  const subject = "Your appointment has been cancelled";
  const a = input.appointment;
  const intro =
    input.cancelledBy === "PATIENT"
      ? `Dear ${input.patientName}, your appointment on ${a.when} has been cancelled, as you asked.`
      : `Dear ${input.patientName}, we are sorry: we have had to cancel your appointment on ${a.when}.`;
  return {
    subject,
    title: subject,
    bookingReference: a.bookingReference ?? undefined,
    contact: contact(a),
    blocks: [
      paragraph(intro),
      ...(input.reason && input.cancelledBy === "HOSPITAL" ? [paragraph(`Reason: ${input.reason}`)] : []),
      paragraph(`You are still on the waiting list for ${a.service}. To book another time, sign in or use your booking reference, or call ${a.contactPhone}.`),
      { kind: "action", label: "Book another time", url: input.manageUrl, primary: true },
      { kind: "action", label: "Use your booking reference", url: input.referenceUrl },
      { kind: "email-only", text: "The attached calendar file removes the appointment from your calendar." },
    ],
  };
}

export function appointmentReminderContent(
  input: AppointmentEmailInput & { daysBefore: number; links: { confirm: string; change: string; cancel: string } },
): MessageContent {
  const a = input.appointment;
  return {
    subject: `Reminder: your appointment on ${a.when}`,
    title: "Reminder of your appointment",
    bookingReference: a.bookingReference ?? undefined,
    contact: contact(a),
    blocks: [
      paragraph(`Dear ${input.patientName}, this is a reminder of your appointment in ${input.daysBefore === 1 ? "1 day" : `${input.daysBefore} days`}.`),
      ...details(a),
      { kind: "heading", text: "Can you come?" },
      { kind: "action", label: "Confirm I will come", url: input.links.confirm, primary: true },
      { kind: "action", label: "Change this appointment", url: input.links.change },
      { kind: "action", label: "Cancel this appointment", url: input.links.cancel },
      paragraph(`These links work for this appointment only, until it starts. Or call ${a.service} on ${a.contactPhone}.`),
    ],
  };
}

export function appointmentNeedsRebookingContent(input: AppointmentEmailInput & { reason?: string }): MessageContent {
  const subject = "We need to change your appointment";
  const a = input.appointment;
  return {
    subject,
    title: subject,
    bookingReference: a.bookingReference ?? undefined,
    contact: contact(a),
    blocks: [
      paragraph(`Dear ${input.patientName}, we are sorry: your appointment on ${a.when} cannot go ahead.`),
      ...(input.reason ? [paragraph(`Reason: ${input.reason}`)] : []),
      paragraph(
        `We will contact you to book a new time. You are still on the waiting list for ${a.service}, and you keep your place. You can also book a new time yourself online, or call ${a.contactPhone}.`,
      ),
      { kind: "action", label: "Book a new time", url: input.manageUrl, primary: true },
      { kind: "action", label: "Or use your booking reference", url: input.referenceUrl },
      { kind: "email-only", text: "The attached calendar file removes the old time from your calendar." },
    ],
  };
}
