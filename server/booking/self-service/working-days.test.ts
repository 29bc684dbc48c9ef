import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../platform/time/london";
import { workingDaysAfter } from "./working-days";

describe("workingDaysAfter", () => {
  it("counts Monday to Friday", () => {
    // Tuesday 3 March 2026 → Thursday 5 March.
    expect(formatDateTime(workingDaysAfter(new Date("2026-03-03T10:00:00Z"), 2))).toBe("Thursday 5 March 2026, 5pm");
  });

  it("skips the weekend", () => {
    // Thursday → Monday.
    expect(formatDateTime(workingDaysAfter(new Date("2026-03-05T10:00:00Z"), 2))).toBe("Monday 9 March 2026, 5pm");
    // Saturday → Tuesday.
    expect(formatDateTime(workingDaysAfter(new Date("2026-03-07T10:00:00Z"), 2))).toBe("Tuesday 10 March 2026, 5pm");
  });

  it("skips bank holidays, and counts London days across the clock change", () => {
    expect(formatDateTime(workingDaysAfter(new Date("2026-12-24T10:00:00Z"), 2, ["2026-12-25", "2026-12-28"]))).toBe("Wednesday 30 December 2026, 5pm");
    // 11:30pm UTC on Friday 27 March is still Friday in London (GMT); the answer is in BST.
    expect(formatDateTime(workingDaysAfter(new Date("2026-03-27T23:30:00Z"), 1))).toBe("Monday 30 March 2026, 5pm");
  });
});
