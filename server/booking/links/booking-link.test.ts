import { describe, expect, it } from "vitest";
import { createBookingLinkToken, verifyBookingLinkToken, type BookingLink } from "./booking-link";

const secret = "a-test-secret-that-is-long-enough-123456";
const now = new Date("2026-03-01T10:00:00Z");
const link: BookingLink = {
  appointmentId: "0196f0a3-1111-7000-8000-000000000001",
  action: "cancel",
  expiresAt: new Date("2026-03-03T09:30:00Z"),
};

describe("booking links", () => {
  it("round-trips an appointment id, action and expiry", () => {
    const token = createBookingLinkToken(link, secret);
    expect(token).toMatch(/^[0-9a-f-]{36}\.cancel\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyBookingLinkToken(token, secret, now)).toEqual({ ok: true, link });
  });

  it("refuses a token once it has expired", () => {
    const token = createBookingLinkToken(link, secret);
    expect(verifyBookingLinkToken(token, secret, new Date("2026-03-03T09:30:00Z"))).toEqual({ ok: false, reason: "EXPIRED" });
  });

  it("refuses a token whose appointment, action or expiry was changed", () => {
    const token = createBookingLinkToken(link, secret);
    const [id, action, expires, signature] = token.split(".");
    const otherAppointment = `0196f0a3-1111-7000-8000-000000000002.${action}.${expires}.${signature}`;
    const otherAction = `${id}.confirm.${expires}.${signature}`;
    const laterExpiry = `${id}.${action}.${Number(expires) + 86_400}.${signature}`;
    for (const forged of [otherAppointment, otherAction, laterExpiry]) {
      expect(verifyBookingLinkToken(forged, secret, now)).toEqual({ ok: false, reason: "INVALID" });
    }
  });

  it("refuses a token signed with another secret, and junk", () => {
    const token = createBookingLinkToken(link, "another-secret-that-is-long-enough-00000");
    expect(verifyBookingLinkToken(token, secret, now).ok).toBe(false);
    for (const junk of ["", "abc", "a.b.c.d", `${link.appointmentId}.delete.1.${"x".repeat(43)}`, `${token}.extra`]) {
      expect(verifyBookingLinkToken(junk, secret, now)).toEqual({ ok: false, reason: "INVALID" });
    }
  });
});
