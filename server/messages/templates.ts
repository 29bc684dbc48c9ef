import { PAYLOAD_TEMPLATES } from "../../emails/payload-templates";
import {
  appointmentCancellationContent,
  appointmentConfirmationContent,
  appointmentNeedsRebookingContent,
  appointmentReminderContent,
} from "../../emails/appointment-messages";
import { bookingInvitationContent } from "../../emails/booking-invitation";
import type { MessageContent } from "../../emails/content";
import type { TemplateContext } from "../../emails/define-template";
import { renderAppointmentCancellation, renderAppointmentConfirmation, renderAppointmentNeedsRebooking, renderAppointmentReminder } from "./appointment-templates";
import { renderBookingInvitation } from "./invitation-template";
import type { MessageRenderer } from "./rendered-message";
import { SAMPLE_PATIENT_NAME, sampleAppointment, sampleLinks } from "./template-samples";

/** A message type: how it renders from the outbox row, and a sample of it for tests and letter checks. */
export type MessageTemplate = { render: MessageRenderer; sample: (ctx: TemplateContext) => MessageContent };

/** Templates that read current data (the appointment as it is now), not just their payload. */
const dataTemplates: Record<string, MessageTemplate> = {
  "appointment-confirmation": {
    render: renderAppointmentConfirmation,
    sample: (ctx) => appointmentConfirmationContent({ patientName: SAMPLE_PATIENT_NAME, appointment: sampleAppointment, ...sampleLinks(ctx), rescheduled: false }),
  },
  "appointment-cancellation": {
    render: renderAppointmentCancellation,
    sample: (ctx) =>
      appointmentCancellationContent({ patientName: SAMPLE_PATIENT_NAME, appointment: sampleAppointment, ...sampleLinks(ctx), cancelledBy: "HOSPITAL", reason: "Clinician unwell" }),
  },
  "appointment-reminder": {
    render: renderAppointmentReminder,
    sample: (ctx) => {
      const link = `${ctx.baseUrl}/appointment-link/${"x".repeat(120)}`;
      return appointmentReminderContent({ patientName: SAMPLE_PATIENT_NAME, appointment: sampleAppointment, ...sampleLinks(ctx), daysBefore: 7, links: { confirm: link, change: link, cancel: link } });
    },
  },
  "appointment-needs-rebooking": {
    render: renderAppointmentNeedsRebooking,
    sample: (ctx) => appointmentNeedsRebookingContent({ patientName: SAMPLE_PATIENT_NAME, appointment: sampleAppointment, ...sampleLinks(ctx), reason: "Clinic closed for training" }),
  },
  "booking-invitation": {
    render: renderBookingInvitation,
    sample: (ctx) =>
      bookingInvitationContent({
        patientName: SAMPLE_PATIENT_NAME,
        serviceName: sampleAppointment.service,
        contactPhone: sampleAppointment.contactPhone,
        bookingReference: "K7MX4PQA",
        bookUrl: `${ctx.baseUrl}/book-by-reference?reference=K7MX4PQA`,
      }),
  },
};

/** Every message type the sender knows. A message with any other template fails loudly (and is retried). */
const templates: Record<string, MessageTemplate> = {
  ...dataTemplates,
  ...Object.fromEntries(
    PAYLOAD_TEMPLATES.map((t): [string, MessageTemplate] => [
      t.name,
      {
        render: async (_client, message, ctx) => {
          const content = t.render(t.payload.parse(message.payload), ctx);
          return content ? { content } : null;
        },
        sample: (ctx) => {
          const content = t.render(t.sample, ctx);
          if (!content) throw new Error(`The sample for ${t.name} renders nothing`);
          return content;
        },
      },
    ]),
  ),
};

export function templateFor(template: string): MessageTemplate | undefined {
  return templates[template];
}

export function rendererFor(template: string): MessageRenderer | undefined {
  return templates[template]?.render;
}

export const MESSAGE_TYPES: readonly string[] = Object.keys(templates).sort();
