import { describe, expect, it } from "vitest";
import { BANK_HOLIDAYS_COVER_UNTIL_YEAR, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { addDaysIso, isoWeekday } from "./london-wall-clock";

/** The rules behind the published list, worked out independently to check it. */
function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const firstMonday = (monthStart: string) => {
  let day = monthStart;
  while (isoWeekday(day) !== 1) day = addDaysIso(day, 1);
  return day;
};
const lastMonday = (monthEnd: string) => {
  let day = monthEnd;
  while (isoWeekday(day) !== 1) day = addDaysIso(day, -1);
  return day;
};
/** A holiday at a weekend moves to the next weekday not already a holiday. */
const substitute = (days: string[]) => {
  const result: string[] = [];
  for (const day of days) {
    let actual = day;
    while (isoWeekday(actual) >= 6 || result.includes(actual)) actual = addDaysIso(actual, 1);
    result.push(actual);
  }
  return result;
};

function expectedFor(year: number): string[] {
  const easter = easterSunday(year);
  return [
    ...substitute([`${year}-01-01`]),
    addDaysIso(easter, -2),
    addDaysIso(easter, 1),
    firstMonday(`${year}-05-01`),
    lastMonday(`${year}-05-31`),
    lastMonday(`${year}-08-31`),
    ...substitute([`${year}-12-25`, `${year}-12-26`]),
  ];
}

describe("England and Wales bank holidays", () => {
  it("knows Easter", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
  });

  it.each([2025, 2026, 2027, 2028])("follow the rules in %i, substitute days included", (year) => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(`${year}-`))).toEqual(expectedFor(year));
  });

  it("are all weekdays, in order, up to the year the list says it covers", () => {
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    for (const day of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect(isoWeekday(day), day).toBeLessThan(6);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.at(-1)!.slice(0, 4)).toBe(String(BANK_HOLIDAYS_COVER_UNTIL_YEAR));
  });

  it("include the 2026 Boxing Day substitute and the 2028 New Year substitute", () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain("2026-12-28");
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain("2028-01-03");
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).not.toContain("2026-12-26");
  });
});
