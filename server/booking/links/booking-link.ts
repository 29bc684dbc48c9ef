import { z } from "zod";
import { signatureMatches, signValue } from "../../platform/security/signature";

/**
 * Links in reminders that let a patient confirm, change or cancel one
 * appointment without signing in. The link carries the appointment id, the
 * action and an expiry, signed with HMAC-SHA256 under the app secret: it acts
 * on that appointment only, for that action only, until it expires.
 */
export const BOOKING_LINK_ACTIONS = ["confirm", "change", "cancel"] as const;
export type BookingLinkAction = (typeof BOOKING_LINK_ACTIONS)[number];

export type BookingLink = { appointmentId: string; action: BookingLinkAction; expiresAt: Date };

const PURPOSE = "booking-link";
const tokenSchema = z.object({
  appointmentId: z.uuid(),
  action: z.enum(BOOKING_LINK_ACTIONS),
  expires: z.coerce.number().int().positive(),
  signature: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

function signedPart(appointmentId: string, action: BookingLinkAction, expires: number): string {
  return `${appointmentId}.${action}.${expires}`;
}

/** `<appointmentId>.<action>.<expiry in unix seconds>.<signature>`: safe in a URL path. */
export function createBookingLinkToken(link: BookingLink, secret: string): string {
  const expires = Math.floor(link.expiresAt.getTime() / 1000);
  const value = signedPart(link.appointmentId, link.action, expires);
  return `${value}.${signValue(secret, PURPOSE, value)}`;
}

export type BookingLinkCheck = { ok: true; link: BookingLink } | { ok: false; reason: "INVALID" | "EXPIRED" };

/** Checks the signature first: nothing in a token is trusted until it matches. */
export function verifyBookingLinkToken(token: string, secret: string, now: Date): BookingLinkCheck {
  const [appointmentId, action, expires, signature, ...rest] = token.split(".");
  const parsed = tokenSchema.safeParse({ appointmentId, action, expires, signature });
  if (rest.length > 0 || !parsed.success) return { ok: false, reason: "INVALID" };
  const data = parsed.data;
  if (!signatureMatches(secret, PURPOSE, signedPart(data.appointmentId, data.action, data.expires), data.signature)) {
    return { ok: false, reason: "INVALID" };
  }
  const expiresAt = new Date(data.expires * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "EXPIRED" };
  return { ok: true, link: { appointmentId: data.appointmentId, action: data.action, expiresAt } };
}

export function bookingLinkPath(token: string): string {
  return `/appointment-link/${token}`;
}
