import { describe, expect, it } from "vitest";
import { videoLinkAvailable } from "./describe-appointment";

describe("videoLinkAvailable", () => {
  const appointment = { startsAt: new Date("2026-03-03T09:30:00Z"), endsAt: new Date("2026-03-03T10:00:00Z") };

  it("is hidden until 15 minutes before the start", () => {
    expect(videoLinkAvailable(appointment, new Date("2026-03-03T09:14:59Z"))).toBe(false);
    expect(videoLinkAvailable(appointment, new Date("2026-03-03T09:15:00Z"))).toBe(true);
  });

  it("stays until the end, then goes", () => {
    expect(videoLinkAvailable(appointment, new Date("2026-03-03T09:59:59Z"))).toBe(true);
    expect(videoLinkAvailable(appointment, new Date("2026-03-03T10:00:00Z"))).toBe(false);
  });
});
