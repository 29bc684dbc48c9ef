import type { AppointmentDescription } from "../server/booking/appointments/describe-appointment";
import { button, html, layout, type RenderedEmail, type SafeHtml } from "./render";

/**
 * Emails about an appointment. Each states the date and time in UK time, what
 * the appointment is, where it is (or how the call works), who with, and how to
 * change or cancel it.
 */
export type AppointmentEmailInput = {
  trustName: string;
  patientName: string;
  appointment: AppointmentDescription;
  /** The patient's appointment page (after signing in). */
  manageUrl: string;
  /** Book by reference, for patients without an account. */
  referenceUrl: string;
};

function detailRows(a: AppointmentDescription): [string, string][] {
  return [
    ["Date and time", `${a.when} (UK time)`],
    ["Appointment", `${a.what}, ${a.service}`],
    ["With", a.who],
    ...(a.place.length > 0 ? ([["Where", a.place.join(", ")]] as [string, string][]) : [["How", a.mode] as [string, string]]),
  ];
}

function detailsHtml(a: AppointmentDescription): SafeHtml {
  return html`<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">
${detailRows(a).map(([key, value]) => html`<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0">${key}</th><td style="padding:4px 0">${value}</td></tr>`)}
</table>
<p>${a.howItWorks}</p>
${a.accessibility ? html`<p>Access: ${a.accessibility}</p>` : html``}`;
}

function detailsText(a: AppointmentDescription): string[] {
  return [...detailRows(a).map(([key, value]) => `${key}: ${value}`), "", a.howItWorks, ...(a.accessibility ? [`Access: ${a.accessibility}`] : [])];
}

function changeOrCancel(input: AppointmentEmailInput): { html: SafeHtml; text: string[] } {
  const a = input.appointment;
  const reference = a.bookingReference ? ` with your booking reference ${a.bookingReference}` : "";
  return {
    html: html`<h2 style="font-size:22px">If you need to change or cancel</h2>
<p>Change or cancel online: <a href="${input.manageUrl}">sign in to Front Door</a>, or <a href="${input.referenceUrl}">use your booking reference</a>${reference}. Or call ${a.service} on ${a.contactPhone}.</p>
<p>If you cannot come, please tell us so we can offer the time to someone else.</p>`,
    text: [
      "If you need to change or cancel",
      `Sign in: ${input.manageUrl}`,
      `Or use your booking reference${reference}: ${input.referenceUrl}`,
      `Or call ${a.service} on ${a.contactPhone}.`,
      "If you cannot come, please tell us so we can offer the time to someone else.",
    ],
  };
}

export function appointmentConfirmationEmail(input: AppointmentEmailInput & { rescheduled: boolean }): RenderedEmail {
  const subject = input.rescheduled ? "Your appointment has been changed" : "Your appointment is booked";
  const intro = input.rescheduled
    ? `Dear ${input.patientName}, your appointment has moved to the new time below. Your old time is cancelled.`
    : `Dear ${input.patientName}, your appointment is booked.`;
  const manage = changeOrCancel(input);
  const body = html`<p>${intro}</p>
${detailsHtml(input.appointment)}
<p>A calendar file (appointment.ics) is attached: open it to add the appointment to your calendar.</p>
${manage.html}`;
  const text = [intro, "", ...detailsText(input.appointment), "", "A calendar file (appointment.ics) is attached.", "", ...manage.text].join("\n");
  return { subject, text, html: layout({ title: subject, trustName: input.trustName, body }) };
}

export function appointmentCancellationEmail(input: AppointmentEmailInput & { cancelledBy: "PATIENT" | "HOSPITAL"; reason?: string }): RenderedEmail {
  const subject = "Your appointment has been cancelled";
  const a = input.appointment;
  const intro =
    input.cancelledBy === "PATIENT"
      ? `Dear ${input.patientName}, your appointment on ${a.when} has been cancelled, as you asked.`
      : `Dear ${input.patientName}, we are sorry: we have had to cancel your appointment on ${a.when}.`;
  const next = `You are still on the waiting list for ${a.service}. To book another time, sign in or use your booking reference, or call ${a.contactPhone}.`;
  const body = html`<p>${intro}</p>
${input.reason && input.cancelledBy === "HOSPITAL" ? html`<p>Reason: ${input.reason}</p>` : html``}
<p>${next}</p>
${button(input.manageUrl, "Book another time")}
<p>The attached calendar file removes the appointment from your calendar.</p>`;
  const text = [intro, ...(input.reason && input.cancelledBy === "HOSPITAL" ? [`Reason: ${input.reason}`] : []), "", next, `Sign in: ${input.manageUrl}`, `Booking reference: ${input.referenceUrl}`].join("\n");
  return { subject, text, html: layout({ title: subject, trustName: input.trustName, body }) };
}

export function appointmentReminderEmail(
  input: AppointmentEmailInput & { daysBefore: number; links: { confirm: string; change: string; cancel: string } },
): RenderedEmail {
  const a = input.appointment;
  const subject = `Reminder: your appointment on ${a.when}`;
  const intro = `Dear ${input.patientName}, this is a reminder of your appointment in ${input.daysBefore === 1 ? "1 day" : `${input.daysBefore} days`}.`;
  const body = html`<p>${intro}</p>
${detailsHtml(a)}
<h2 style="font-size:22px">Can you come?</h2>
${button(input.links.confirm, "Confirm I will come")}
<p><a href="${input.links.change}">Change this appointment</a></p>
<p><a href="${input.links.cancel}">Cancel this appointment</a></p>
<p>These links work for this appointment only, until it starts. Or call ${a.service} on ${a.contactPhone}.</p>`;
  const text = [
    intro,
    "",
    ...detailsText(a),
    "",
    `Confirm you will come: ${input.links.confirm}`,
    `Change this appointment: ${input.links.change}`,
    `Cancel this appointment: ${input.links.cancel}`,
    "",
    `These links work for this appointment only, until it starts. Or call ${a.service} on ${a.contactPhone}.`,
  ].join("\n");
  return { subject, text, html: layout({ title: "Reminder of your appointment", trustName: input.trustName, body }) };
}

export function appointmentNeedsRebookingEmail(input: AppointmentEmailInput & { reason?: string }): RenderedEmail {
  const subject = "We need to change your appointment";
  const a = input.appointment;
  const intro = `Dear ${input.patientName}, we are sorry: your appointment on ${a.when} cannot go ahead.`;
  const next = `We will contact you to book a new time. You are still on the waiting list for ${a.service}, and you keep your place. You can also book a new time yourself online, or call ${a.contactPhone}.`;
  const body = html`<p>${intro}</p>
${input.reason ? html`<p>Reason: ${input.reason}</p>` : html``}
<p>${next}</p>
${button(input.manageUrl, "Book a new time")}
<p>Or <a href="${input.referenceUrl}">use your booking reference</a>. The attached calendar file removes the old time from your calendar.</p>`;
  const text = [intro, ...(input.reason ? [`Reason: ${input.reason}`] : []), "", next, `Sign in: ${input.manageUrl}`, `Booking reference: ${input.referenceUrl}`].join("\n");
  return { subject, text, html: layout({ title: subject, trustName: input.trustName, body }) };
}
