import { ZodError } from "zod";
import { SlotTakenError } from "@/server/booking/core/errors";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { formatDateTime } from "@/server/platform/time/london";
import { modeLabel } from "@/server/booking/appointments/describe-appointment";

/** What a self-booking action sends back to its form when it does not redirect. */
export type FormState = {
  errors?: { href: string; text: string }[];
  fieldErrors?: Record<string, string>;
  /** A problem with the request as a whole (shown in the error summary). */
  message?: string;
  /** Other times to offer when the chosen one has gone. */
  alternatives?: { href: string; text: string }[];
  /** What was entered, to show again (React resets a form after its action runs). */
  values?: Record<string, string | string[]>;
};

/** Every field of a form, repeated fields as arrays, to refill it after an error. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key).map(String);
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function fieldErrorState(error: ZodError, fieldIds: Record<string, string> = {}): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return {
    fieldErrors,
    errors: Object.entries(fieldErrors).map(([field, text]) => ({ href: `#${fieldIds[field] ?? field}`, text })),
  };
}

/**
 * Expected domain errors carry messages written for patients; a taken slot
 * comes with other times. Anything else goes through userFacingError: logged
 * without personal data and shown as a generic message with a reference.
 */
export function bookingErrorState(error: unknown, alternativeHref: (slotId: string) => string): FormState {
  if (error instanceof SlotTakenError) {
    return {
      message: error.message,
      errors: [{ href: "#alternatives", text: error.message }],
      alternatives: error.alternatives.map((slot) => ({
        href: alternativeHref(slot.id),
        text: `${formatDateTime(slot.startsAt)}, ${modeLabel[slot.mode].toLowerCase()}, ${slot.locationName} with ${slot.clinicianName}`,
      })),
    };
  }
  if (error instanceof ZodError) return fieldErrorState(error);
  const { message } = userFacingError(error, "self-booking");
  return { message, errors: [{ href: "#maincontent", text: message }] };
}
