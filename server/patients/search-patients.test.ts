import { describe, expect, it } from "vitest";
import { fieldErrors } from "../platform/forms/field-errors";
import { createTestFixtures, uniqueCode } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { formatNhsNumber } from "./nhs-number";
import { PATIENT_SEARCH_PAGE_SIZE, patientSearchInput, patientSearchSchema } from "./patient-search-schema";
import { searchPatients } from "./search-patients";

const db = setupTestDatabase();
/** As the search action does: the form's fields through the schema, then the search. */
const search = (fields: Record<string, string>) => searchPatients(db, patientSearchSchema.parse(patientSearchInput(fields)));

/** A postcode nobody else in the shared database has: district letters from a fresh code. */
function uniquePostcode(): string {
  const letters = uniqueCode().replace(/[^A-Z]/g, "").padEnd(4, "Q");
  return `${letters.slice(0, 2)}9 9${letters.slice(2, 4)}`;
}

describe("searchPatients", () => {
  it("refuses hidden characters with a message instead of sending them to the database", () => {
    for (const fields of [
      { searchBy: "nameAndDateOfBirth", familyName: "Smi\u0000th", "dateOfBirth-day": "1", "dateOfBirth-month": "1", "dateOfBirth-year": "1960" },
      { searchBy: "nameAndDateOfBirth", familyName: "Smith", givenName: "\u0000", "dateOfBirth-day": "1\u0000", "dateOfBirth-month": "1", "dateOfBirth-year": "1960" },
      { searchBy: "postcode", postcode: "B31\u00002AA" },
      { searchBy: "nhsNumber", nhsNumber: "943 476 5919\u0000" },
    ]) {
      const parsed = patientSearchSchema.safeParse(patientSearchInput(fields));
      expect(parsed.success, JSON.stringify(fields)).toBe(false);
      expect(Object.values(fieldErrors(parsed.error!)).join(" ")).toMatch(/hidden characters/);
    }
  });

  it("finds one patient by NHS number, however it is typed", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    await f.createPatient();

    const found = await search({ searchBy: "nhsNumber", nhsNumber: formatNhsNumber(patient.nhsNumber) });

    expect(found.total).toBe(1);
    expect(found.patients.map((p) => p.id)).toEqual([patient.id]);
  });

  it("finds by last name (any case) and date of birth, optionally narrowed by the start of the first name", async () => {
    const f = await createTestFixtures(db);
    const familyName = `Ashdown-${f.code}`;
    const dateOfBirth = new Date("1975-11-02T00:00:00Z");
    const robin = await f.createPatient({ givenName: "Robin", familyName, dateOfBirth });
    const rowan = await f.createPatient({ givenName: "Rowan", familyName, dateOfBirth });
    await f.createPatient({ givenName: "Robin", familyName, dateOfBirth: new Date("1976-11-02T00:00:00Z") });
    const dob = { "dateOfBirth-day": "2", "dateOfBirth-month": "11", "dateOfBirth-year": "1975" };

    const both = await search({ searchBy: "nameAndDateOfBirth", familyName: familyName.toUpperCase(), ...dob });
    expect(both.patients.map((p) => p.id)).toEqual([robin.id, rowan.id]);

    const narrowed = await search({ searchBy: "nameAndDateOfBirth", familyName, givenName: "rob", ...dob });
    expect(narrowed.patients.map((p) => p.id)).toEqual([robin.id]);
  });

  it("finds everyone at a postcode a page at a time, in name order", async () => {
    const f = await createTestFixtures(db);
    const postcode = uniquePostcode();
    const count = PATIENT_SEARCH_PAGE_SIZE + 3;
    const created = [];
    for (let i = 0; i < count; i++) created.push(await f.createPatient({ familyName: `Zed${String(i).padStart(2, "0")}-${f.code}`, postcode }));

    const typed = postcode.toLowerCase().replace(" ", "");
    const first = await search({ searchBy: "postcode", postcode: typed });
    const second = await search({ searchBy: "postcode", postcode: typed, page: "2" });

    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.patients).toHaveLength(PATIENT_SEARCH_PAGE_SIZE);
    expect(second.patients.map((p) => p.id)).toEqual(created.slice(PATIENT_SEARCH_PAGE_SIZE).map((p) => p.id));
    expect([...first.patients, ...second.patients].map((p) => p.id)).toEqual(created.map((p) => p.id));
  });

  it("returns the communication needs so results can flag them", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient({ communicationNeeds: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish" });
    const found = await search({ searchBy: "nhsNumber", nhsNumber: patient.nhsNumber });
    expect(found.patients[0]).toMatchObject({ communicationNeeds: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish" });
  });
});

describe("patientSearchSchema", () => {
  const errors = (fields: Record<string, string>) => {
    const result = patientSearchSchema.safeParse(patientSearchInput(fields));
    return result.success ? {} : fieldErrors(result.error);
  };

  it("checks the NHS number's Modulus 11 check digit", () => {
    expect(errors({ searchBy: "nhsNumber", nhsNumber: "943 476 5919" })).toEqual({});
    expect(errors({ searchBy: "nhsNumber", nhsNumber: "943 476 5918" })).toEqual({ nhsNumber: "Enter a valid NHS number. Check it against the patient's letter or record" });
    expect(errors({ searchBy: "nhsNumber", nhsNumber: "94347659" })).toEqual({ nhsNumber: "NHS number must be 10 digits" });
    expect(errors({ searchBy: "nhsNumber", nhsNumber: " " })).toEqual({ nhsNumber: "Enter the patient's NHS number" });
  });

  it("explains each missing or impossible part the NHS.UK way", () => {
    expect(errors({})).toEqual({ searchBy: "Select how you want to find the patient" });
    expect(errors({ searchBy: "nameAndDateOfBirth" })).toEqual({ familyName: "Enter the patient's last name", dateOfBirth: "Enter date of birth" });
    expect(errors({ searchBy: "nameAndDateOfBirth", familyName: "Morgan", "dateOfBirth-day": "14", "dateOfBirth-year": "1984" })).toEqual({
      dateOfBirth: "Date of birth must include a month",
    });
    expect(errors({ searchBy: "nameAndDateOfBirth", familyName: "Morgan", "dateOfBirth-day": "30", "dateOfBirth-month": "2", "dateOfBirth-year": "1984" })).toEqual({
      dateOfBirth: "Date of birth must be a real date",
    });
    expect(errors({ searchBy: "nameAndDateOfBirth", familyName: "Morgan", "dateOfBirth-day": "1", "dateOfBirth-month": "1", "dateOfBirth-year": "2999" })).toEqual({
      dateOfBirth: "Date of birth must be in the past",
    });
    expect(errors({ searchBy: "postcode", postcode: "not a postcode" })).toEqual({ postcode: "Enter a full postcode, like B29 6HZ" });
  });

  it("normalises what was typed", () => {
    expect(patientSearchSchema.parse(patientSearchInput({ searchBy: "postcode", postcode: " b29  6hz " }))).toEqual({ searchBy: "postcode", postcode: "B29 6HZ", page: 1 });
    expect(patientSearchSchema.parse(patientSearchInput({ searchBy: "nhsNumber", nhsNumber: "943-476-5919", page: "3" }))).toEqual({
      searchBy: "nhsNumber",
      nhsNumber: "9434765919",
      page: 3,
    });
  });
});
