import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../platform/time/london";
import { addCalendarMonths, londonDaysBetween, monthsBefore, pifuEndsAt, pifuLastDay } from "./period";

describe("PIFU periods", () => {
  it("ends on the same day of the month, 3, 6, 12 or 24 months on", () => {
    const start = new Date("2026-03-10T14:00:00Z");
    expect(formatDate(pifuEndsAt(start, 3)!)).toBe("Wednesday 10 June 2026");
    expect(formatDate(pifuEndsAt(start, 6)!)).toBe("Thursday 10 September 2026");
    expect(formatDate(pifuEndsAt(start, 12)!)).toBe("Wednesday 10 March 2027");
    expect(formatDate(pifuEndsAt(start, 24)!)).toBe("Friday 10 March 2028");
    expect(formatDate(pifuEndsAt(start, 5)!)).toBe("Monday 10 August 2026");
  });

  it("is open-ended without a number of months", () => {
    expect(pifuEndsAt(new Date("2026-03-10T14:00:00Z"), null)).toBeNull();
  });

  it("clamps to the end of a shorter month, leap years included", () => {
    expect(addCalendarMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2027, month: 8, day: 31 }, 6)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addCalendarMonths({ year: 2026, month: 10, day: 31 }, 12)).toEqual({ year: 2027, month: 10, day: 31 });
    expect(addCalendarMonths({ year: 2026, month: 11, day: 30 }, 3)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2026, month: 3, day: 31 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it("starts from the UK day, and ends at UK midnight across the clock changes", () => {
    // 11:30pm UTC on 31 May is already 1 June in London (BST): the period starts on 1 June.
    const lateMay = new Date("2026-05-31T23:30:00Z");
    expect(pifuEndsAt(lateMay, 6)!.toISOString()).toBe("2026-12-01T00:00:00.000Z"); // GMT midnight
    // Started in winter, ends in summer: midnight BST is 11pm UTC the day before.
    expect(pifuEndsAt(new Date("2026-01-15T12:00:00Z"), 6)!.toISOString()).toBe("2026-07-14T23:00:00.000Z");
    // Ends on the day the clocks go forward (29 March 2026) and back (25 October 2026).
    expect(pifuEndsAt(new Date("2025-12-29T09:00:00Z"), 3)!.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(pifuEndsAt(new Date("2026-04-25T09:00:00Z"), 6)!.toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });

  it("names the last day the patient can ask", () => {
    expect(formatDate(pifuLastDay(pifuEndsAt(new Date("2026-03-10T14:00:00Z"), 12)!))).toBe("Tuesday 9 March 2027");
    expect(formatDateTime(pifuLastDay(new Date("2026-03-29T00:00:00Z")))).toBe("Saturday 28 March 2026, 12am");
  });

  it("counts London days and months back", () => {
    expect(londonDaysBetween(new Date("2026-03-28T12:00:00Z"), new Date("2026-03-30T12:00:00Z"))).toBe(2);
    expect(londonDaysBetween(new Date("2026-03-30T12:00:00Z"), new Date("2026-03-28T12:00:00Z"))).toBe(-2);
    expect(monthsBefore(new Date("2028-02-29T12:00:00Z"), 24).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });
});
