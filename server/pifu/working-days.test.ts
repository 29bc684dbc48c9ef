import { describe, expect, it } from "vitest";
import { formatDateTime } from "../platform/time/london";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../scheduling/bank-holidays";
import { isOverdue, pifuResponseDueAt, workingDaysBetween } from "./working-days";

const holidays = ENGLAND_AND_WALES_BANK_HOLIDAYS;

describe("PIFU response due times", () => {
  it("are 3 working days later, at the end of the working day", () => {
    // Monday 2 March 2026 → Thursday 5 March.
    expect(formatDateTime(pifuResponseDueAt(new Date("2026-03-02T09:00:00Z"), 3, holidays))).toBe("Thursday 5 March 2026, 5pm");
  });

  it("skip weekends", () => {
    // Thursday 5 March → Tuesday 10 March; a Saturday request counts from Monday.
    expect(formatDateTime(pifuResponseDueAt(new Date("2026-03-05T09:00:00Z"), 3, holidays))).toBe("Tuesday 10 March 2026, 5pm");
    expect(formatDateTime(pifuResponseDueAt(new Date("2026-03-07T09:00:00Z"), 3, holidays))).toBe("Wednesday 11 March 2026, 5pm");
  });

  it("skip England and Wales bank holidays (Easter, Christmas with substitute days)", () => {
    // Thursday 2 April 2026: Good Friday 3rd and Easter Monday 6th skipped.
    expect(formatDateTime(pifuResponseDueAt(new Date("2026-04-02T09:00:00Z"), 3, holidays))).toBe("Thursday 9 April 2026, 5pm");
    // Christmas Eve 2026: 25th and the substitute Monday 28th skipped.
    expect(formatDateTime(pifuResponseDueAt(new Date("2026-12-24T10:00:00Z"), 3, holidays))).toBe("Thursday 31 December 2026, 5pm");
  });

  it("count UK days across the clock change", () => {
    // 11:30pm UTC on Friday 23 October 2026 is already Saturday in London (BST); due Wednesday, in GMT.
    const due = pifuResponseDueAt(new Date("2026-10-23T23:30:00Z"), 3, holidays);
    expect(formatDateTime(due)).toBe("Wednesday 28 October 2026, 5pm");
    expect(due.toISOString()).toBe("2026-10-28T17:00:00.000Z");
  });

  it("flag a request overdue once the due time passes without a decision", () => {
    const due = new Date("2026-03-05T17:00:00Z");
    expect(isOverdue(due, null, new Date("2026-03-05T16:59:00Z"))).toBe(false);
    expect(isOverdue(due, null, new Date("2026-03-05T17:01:00Z"))).toBe(true);
    expect(isOverdue(due, new Date("2026-03-05T12:00:00Z"), new Date("2026-03-09T12:00:00Z"))).toBe(false);
    expect(isOverdue(due, new Date("2026-03-06T12:00:00Z"), new Date("2026-03-09T12:00:00Z"))).toBe(true);
  });

  it("measure response times in working days", () => {
    expect(workingDaysBetween(new Date("2026-03-06T09:00:00Z"), new Date("2026-03-06T15:00:00Z"), holidays)).toBe(0);
    expect(workingDaysBetween(new Date("2026-03-06T09:00:00Z"), new Date("2026-03-09T09:00:00Z"), holidays)).toBe(1);
    expect(workingDaysBetween(new Date("2026-04-02T09:00:00Z"), new Date("2026-04-07T09:00:00Z"), holidays)).toBe(1);
  });
});
