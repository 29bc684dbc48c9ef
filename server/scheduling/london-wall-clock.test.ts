import { describe, expect, it } from "vitest";
import { addDaysIso, formatMinuteOfDay, isoWeekday, londonDateOf, londonWallClockToUtc } from "./london-wall-clock";

const at = (date: string, time: string) => {
  const [h, m] = time.split(":").map(Number);
  return londonWallClockToUtc(date, h! * 60 + m!)?.toISOString() ?? null;
};

describe("London wall-clock time to UTC", () => {
  it("is UTC in winter and an hour behind in summer", () => {
    expect(at("2026-01-12", "09:00")).toBe("2026-01-12T09:00:00.000Z");
    expect(at("2026-07-13", "09:00")).toBe("2026-07-13T08:00:00.000Z");
  });

  it("puts 09:00 at 08:00Z on the day the clocks go forward and 09:00Z on the day they go back", () => {
    expect(at("2026-03-29", "09:00")).toBe("2026-03-29T08:00:00.000Z");
    expect(at("2026-10-25", "09:00")).toBe("2026-10-25T09:00:00.000Z");
  });

  it("has no 01:00 to 01:59 on 29 March 2026", () => {
    expect(at("2026-03-29", "00:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(at("2026-03-29", "01:00")).toBeNull();
    expect(at("2026-03-29", "01:30")).toBeNull();
    expect(at("2026-03-29", "02:00")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the second (GMT) pass of the repeated hour on 25 October 2026", () => {
    expect(at("2026-10-25", "00:30")).toBe("2026-10-24T23:30:00.000Z");
    expect(at("2026-10-25", "01:30")).toBe("2026-10-25T01:30:00.000Z");
  });

  it("reads instants back as London days, which differ from UTC days around midnight in summer", () => {
    expect(londonDateOf(new Date("2026-07-13T23:30:00Z"))).toBe("2026-07-14");
    expect(londonDateOf(new Date("2026-01-13T23:30:00Z"))).toBe("2026-01-13");
  });

  it("counts days and weekdays by the calendar", () => {
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isoWeekday("2026-03-30")).toBe(1);
    expect(addDaysIso("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDaysIso("2028-02-28", 1)).toBe("2028-02-29");
    expect(formatMinuteOfDay(570)).toBe("09:30");
  });
});
