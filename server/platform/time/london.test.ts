import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, formatTime } from "./london";

describe("UK time formatting", () => {
  it("reads a winter time unambiguously", () => {
    expect(formatDateTime(new Date("2026-03-03T09:30:00Z"))).toBe("Tuesday 3 March 2026, 9:30am");
  });

  it("shows British Summer Time an hour ahead of UTC", () => {
    expect(formatDateTime(new Date("2026-07-01T13:00:00Z"))).toBe("Wednesday 1 July 2026, 2pm");
  });

  it("follows the clock change on the last Sunday of March", () => {
    expect(formatTime(new Date("2026-03-29T00:30:00Z"))).toBe("12:30am");
    expect(formatTime(new Date("2026-03-29T01:30:00Z"))).toBe("2:30am");
  });

  it("keeps calendar dates on their day whatever the zone", () => {
    expect(formatCalendarDate(new Date("1980-06-30T00:00:00Z"))).toBe("30 June 1980");
  });
});
