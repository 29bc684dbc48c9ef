import { PIFU_TEMPLATES, renderStoredPifuMessage } from "../../emails/pifu-messages";
import { REFERRAL_TEMPLATES, renderStoredReferralMessage } from "../../emails/referral-messages";
import { renderAppointmentCancellation, renderAppointmentConfirmation, renderAppointmentNeedsRebooking, renderAppointmentReminder } from "./appointment-templates";
import { renderBookingInvitation } from "./invitation-template";
import type { MessageRenderer } from "./rendered-message";

/** Every outbox template the sender knows. A message with any other template fails loudly (and is retried). */
const renderers: Record<string, MessageRenderer> = {
  "appointment-confirmation": renderAppointmentConfirmation,
  "appointment-cancellation": renderAppointmentCancellation,
  "appointment-reminder": renderAppointmentReminder,
  "appointment-needs-rebooking": renderAppointmentNeedsRebooking,
  "booking-invitation": renderBookingInvitation,
  // Referral messages render from their stored payload alone.
  ...Object.fromEntries(
    REFERRAL_TEMPLATES.map((template): [string, MessageRenderer] => [template, async (_client, message, ctx) => renderStoredReferralMessage(message.template, message.payload, ctx)]),
  ),
  // PIFU messages render from their stored payload alone.
  ...Object.fromEntries(
    PIFU_TEMPLATES.map((template): [string, MessageRenderer] => [template, async (_client, message, ctx) => renderStoredPifuMessage(message.template, message.payload, ctx)]),
  ),
};

export function rendererFor(template: string): MessageRenderer | undefined {
  return renderers[template];
}
