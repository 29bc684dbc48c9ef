/**
 * England and Wales bank holidays, 2025 to 2028, from GOV.UK's published list
 * (substitute days included: when a holiday falls at a weekend the next weekday is
 * the holiday). Clinics do not run on them. Trusts can replace the list with the
 * `bankHolidays` setting (server/platform/settings), e.g. to add a one-off holiday or years
 * beyond 2028; keep this list up to date as GOV.UK publishes new years.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  // 2025
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  // 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute day
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  // 2027: Christmas Day and Boxing Day fall at the weekend
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
  // 2028: New Year's Day is a Saturday
  "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
];

/** The last year the built-in list covers: slot generation warns when its horizon goes past it. */
export const BANK_HOLIDAYS_COVER_UNTIL_YEAR = 2028;
