import { describe, expect, it } from "vitest";
import { referralInputFromForm } from "./referral-form";
import { createReferralSchema, dateOfBirthSchema, postcodeSchema, receivedAtSchema, ubrnSchema } from "./schemas";

describe("referral field schemas", () => {
  it.each([
    ["b296hz", "B29 6HZ"],
    [" sw1a 1aa ", "SW1A 1AA"],
    ["M1 1AE", "M1 1AE"],
  ])("postcode %s → %s", (input, output) => expect(postcodeSchema.parse(input)).toBe(output));

  it.each(["B29", "12345", "BB29 6HZZ"])("refuses the postcode %s", (input) => expect(postcodeSchema.safeParse(input).success).toBe(false));

  it("accepts a UBRN with spaces and refuses one of the wrong length", () => {
    expect(ubrnSchema.parse("0001 2345 6789")).toBe("000123456789");
    expect(ubrnSchema.safeParse("12345").success).toBe(false);
  });

  it("reads dates of birth as calendar dates, in either order, and refuses impossible ones", () => {
    expect(dateOfBirthSchema.parse("1984-03-14")).toEqual(new Date("1984-03-14T00:00:00Z"));
    expect(dateOfBirthSchema.parse("14/03/1984")).toEqual(new Date("1984-03-14T00:00:00Z"));
    expect(dateOfBirthSchema.safeParse("1984-02-30").success).toBe(false);
    expect(dateOfBirthSchema.safeParse("2999-01-01").success).toBe(false);
  });

  it("takes a received date as the start of that day in London (BST in summer)", () => {
    expect(receivedAtSchema.parse("2026-07-01")).toEqual(new Date("2026-06-30T23:00:00Z"));
    expect(receivedAtSchema.parse("2026-01-05")).toEqual(new Date("2026-01-05T00:00:00Z"));
  });

  it("refuses a received date more than 2 years ago (a wrong year, usually) and a date of birth in the future", () => {
    const longAgo = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
    const result = receivedAtSchema.safeParse(longAgo);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/within the last 2 years/);
    const recent = new Date(Date.now() - 700 * 86_400_000).toISOString().slice(0, 10);
    expect(receivedAtSchema.safeParse(recent).success).toBe(true);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(dateOfBirthSchema.safeParse(tomorrow).success).toBe(false);
  });
});

describe("referralInputFromForm", () => {
  function form(fields: Record<string, string>): FormData {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  }

  it("maps the staff form, date boxes included, onto createReferralSchema", () => {
    const input = referralInputFromForm(
      form({
        nhsNumber: "9434765919", knownPatient: "no", formId: "f-1", givenName: "Avery", familyName: "Stone",
        "dateOfBirth-day": "2", "dateOfBirth-month": "11", "dateOfBirth-year": "1990", addressLine1: "1 Road", town: "Northfield", postcode: "b31 4aa",
        serviceCode: "msk", priority: "URGENT", source: "GP", referrerName: "Dr P", "receivedAt-day": "5", "receivedAt-month": "1", "receivedAt-year": "2026", reason: "Pain",
      }),
    );
    const parsed = createReferralSchema.parse(input);
    expect(parsed).toMatchObject({
      patient: { nhsNumber: "9434765919", dateOfBirth: new Date("1990-11-02T00:00:00Z"), postcode: "B31 4AA" },
      serviceCode: "MSK",
      priority: "URGENT",
      sourceSystem: "front-door:staff-form",
      sourceId: "f-1",
    });
  });

  it("sends only the NHS number for a known patient", () => {
    const input = referralInputFromForm(form({ nhsNumber: "9434765919", knownPatient: "yes", givenName: "Ignored" }));
    expect(input.patient).toEqual({ nhsNumber: "9434765919" });
  });
});
