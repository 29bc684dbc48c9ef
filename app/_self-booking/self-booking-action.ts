import type { z } from "zod";
import { guardedAction, type ActionOptions } from "@/server/identity/action";
import type { BookingLinkAction } from "@/server/booking/links/booking-link";
import { SlotTakenError } from "@/server/booking/core/errors";
import { modeLabel } from "@/server/booking/appointments/describe-appointment";
import type { FormState, FormValues } from "@/server/platform/forms/form-state";
import { formatDateTime } from "@/server/platform/time/london";
import { flowFromForm, type Flow } from "./flow";

/** Other times to offer, as links, when the chosen one has gone. */
export type SelfBookingState = FormState<{ alternatives: { href: string; text: string }[] }>;

/**
 * A self-booking action: the guard is the flow named in the form (signed in,
 * booking reference or reminder link), each checked by its own guard; the form
 * only picks which credential to check, never whose data. A reminder link does
 * only the one thing it was signed for (`linkAction`).
 */
export function selfBookingAction<S extends z.ZodType>(
  linkAction: BookingLinkAction | null,
  schema: S,
  run: (input: z.output<S>, context: { flow: Flow; values: FormValues; previous: SelfBookingState; formData: FormData }) => Promise<SelfBookingState | void>,
  options?: ActionOptions,
) {
  return guardedAction(async (formData) => ({ flow: await flowFromForm(formData, linkAction) }), schema, run, { doing: "Self-booking", ...options });
}

/** A taken slot's answer: its message, linked to the other times offered instead. */
export function slotTakenState(error: SlotTakenError, previous: SelfBookingState, values: FormValues, alternativeHref: (slotId: string) => string): SelfBookingState {
  return {
    status: "error",
    attempt: previous.attempt + 1,
    errors: {},
    message: error.message,
    values,
    alternatives: error.alternatives.map((slot) => ({
      href: alternativeHref(slot.id),
      text: `${formatDateTime(slot.startsAt)}, ${modeLabel[slot.mode].toLowerCase()}, ${slot.locationName} with ${slot.clinicianName}`,
    })),
  };
}
