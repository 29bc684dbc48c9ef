import type { Prisma } from "../../server/platform/db/generated/client";
import type { CommunicationNeed, ContactChannel } from "../../server/platform/db/generated/enums";
import { nhsNumberCheckDigit } from "../../server/patients/nhs-number";
import { addDays, anchorOf, dateOnly } from "./dates";
import { DEMO_PATIENT, DEMO_PATIENT_2 } from "./demo-identities";
import { CHILD_NAMES, FAMILY_NAMES, FEMALE_NAMES, INTERPRETER_LANGUAGES, LOCALITIES, MALE_NAMES, POSTCODE_UNIT_LETTERS, STREETS } from "./names";
import { createRandom, type Random } from "./random";

export const PATIENT_COUNT = 2_000;

export type PatientRow = Prisma.PatientCreateManyInput & { id: string; nhsNumber: string };

export interface GeneratedPatient {
  row: PatientRow;
  /** Age in whole years at the anchor, for matching patients to services. */
  ageYears: number;
}

/** The demo trust's patients: the two documented demo patients first, then generated ones. */
export function generatePatients(today: Date, count = PATIENT_COUNT): GeneratedPatient[] {
  const anchor = anchorOf(today);
  const random = createRandom("patients");
  const ids = createRandom("ids:patients");
  const patients = [demoPatient(DEMO_PATIENT, "14 Oak Tree Lane", "Selly Oak", ids, anchor), demoPatient(DEMO_PATIENT_2, "7 Hawthorn Close", "Northfield", ids, anchor)];
  const usedNhsNumbers = new Set(patients.map((p) => p.row.nhsNumber));
  for (let i = patients.length; i < count; i++) {
    patients.push(generatePatient(random, ids.uuid(), i, anchor, usedNhsNumbers));
  }
  return patients;
}

/** A valid NHS number in the 999 test range that is not used yet. */
export function testRangeNhsNumber(random: Random, used: Set<string>): string {
  for (;;) {
    const first9 = `999${random.string("0123456789", 6)}`;
    const check = nhsNumberCheckDigit(first9);
    const candidate = `${first9}${check}`;
    if (check !== null && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function demoPatient(demo: typeof DEMO_PATIENT | typeof DEMO_PATIENT_2, addressLine1: string, locality: string, ids: Random, anchor: Date): GeneratedPatient {
  const dateOfBirth = dateOnly(demo.dateOfBirth);
  return {
    ageYears: Math.floor((anchor.getTime() - dateOfBirth.getTime()) / (365.25 * 86_400_000)),
    row: {
      id: ids.uuid(),
      nhsNumber: demo.nhsNumber,
      givenName: demo.givenName,
      familyName: demo.familyName,
      dateOfBirth,
      addressLine1,
      addressLine2: locality,
      town: "Birmingham",
      postcode: demo.postcode,
      email: demo.email,
      mobile: demo === DEMO_PATIENT ? "07700 900018" : "07700 900026",
      preferredContact: "EMAIL",
      communicationNeeds: [],
    },
  };
}

function generatePatient(random: Random, id: string, index: number, anchor: Date, usedNhsNumbers: Set<string>): GeneratedPatient {
  const ageYears = random.chance(0.16) ? random.int(0, 17) : adultAge(random);
  const female = random.chance(0.52);
  const givenName = random.pick(ageYears < 18 ? CHILD_NAMES : female ? FEMALE_NAMES : MALE_NAMES);
  const familyName = random.pick(FAMILY_NAMES);
  const locality = random.pick(LOCALITIES);
  const hasEmail = random.chance(0.9);
  const hasMobile = random.chance(0.85);
  const needs = communicationNeeds(random, ageYears);
  return {
    ageYears,
    row: {
      id,
      nhsNumber: testRangeNhsNumber(random, usedNhsNumbers),
      givenName,
      familyName,
      dateOfBirth: addDays(anchor, -(ageYears * 365 + Math.floor(ageYears / 4) + random.int(1, 364))),
      addressLine1: streetAddress(random),
      addressLine2: locality.name === locality.postTown ? null : locality.name,
      town: locality.postTown,
      postcode: `${random.pick(locality.districts)} ${random.int(1, 9)}${random.string(POSTCODE_UNIT_LETTERS, 2)}`,
      email: hasEmail ? `${emailPart(givenName)}.${emailPart(familyName)}.${index}@example.nhs.invalid` : null,
      // Ofcom reserves 07700 900000–900999 for drama: never a real phone.
      mobile: hasMobile ? `07700 900${String(random.int(0, 999)).padStart(3, "0")}` : null,
      preferredContact: preferredContact(random, hasEmail, hasMobile),
      ...needs,
      needsReviewedAt: needs.communicationNeeds.length > 0 ? addDays(anchor, -random.int(7, 400)) : null,
    },
  };
}

function adultAge(random: Random): number {
  const [min, max] = random.weighted<[number, number]>([
    [[18, 29], 12],
    [[30, 44], 20],
    [[45, 59], 25],
    [[60, 74], 25],
    [[75, 96], 18],
  ]);
  return random.int(min, max);
}

function streetAddress(random: Random): string {
  const street = random.pick(STREETS);
  if (random.chance(0.1)) return `Flat ${random.int(1, 24)}, ${random.int(1, 180)} ${street}`;
  return `${random.int(1, 240)} ${street}`;
}

function emailPart(name: string): string {
  return name.normalize("NFD").toLowerCase().replace(/[^a-z]/g, "");
}

function preferredContact(random: Random, hasEmail: boolean, hasMobile: boolean): ContactChannel {
  const choice = random.weighted<ContactChannel>([["EMAIL", 78], ["POST", 12], ["SMS", 7], ["TELEPHONE", 3]]);
  if (choice === "EMAIL" && !hasEmail) return "POST";
  if ((choice === "SMS" || choice === "TELEPHONE") && !hasMobile) return hasEmail ? "EMAIL" : "POST";
  return choice;
}

type Needs = Pick<PatientRow, "communicationNeeds" | "interpreterLanguage" | "accessNotes"> & { communicationNeeds: CommunicationNeed[] };

/** About one patient in nine has a recorded Accessible Information Standard need or adjustment. */
function communicationNeeds(random: Random, ageYears: number): Needs {
  if (!random.chance(ageYears >= 75 ? 0.25 : 0.08)) return { communicationNeeds: [], interpreterLanguage: null, accessNotes: null };
  const kind = random.weighted<string>([
    ["LARGE_PRINT", ageYears >= 75 ? 40 : 15],
    ["INTERPRETER", 25],
    ["BSL", 8],
    ["WHEELCHAIR", 18],
    ["EASY_READ", 8],
    ["BRAILLE", 2],
    ["HEARING_LOOP", ageYears >= 60 ? 15 : 3],
    ["LONGER", 6],
  ]);
  switch (kind) {
    case "LARGE_PRINT":
      return { communicationNeeds: ["LARGE_PRINT"], interpreterLanguage: null, accessNotes: "Letters in large print (at least 16 point), please." };
    case "INTERPRETER": {
      const language = random.pick(INTERPRETER_LANGUAGES);
      return { communicationNeeds: ["INTERPRETER"], interpreterLanguage: language, accessNotes: `Needs a ${language} interpreter for appointments and telephone calls.` };
    }
    case "BSL":
      return { communicationNeeds: ["BRITISH_SIGN_LANGUAGE"], interpreterLanguage: "British Sign Language", accessNotes: "Deaf. Book a BSL interpreter; contact by email or text, not telephone." };
    case "WHEELCHAIR":
      return { communicationNeeds: ["WHEELCHAIR_ACCESS", "LONGER_APPOINTMENT"], interpreterLanguage: null, accessNotes: "Uses a powered wheelchair: ground-floor room and extra time to transfer, please." };
    case "EASY_READ":
      return { communicationNeeds: ["EASY_READ"], interpreterLanguage: null, accessNotes: "Has a learning disability. Easy read letters; a carer may come to appointments." };
    case "BRAILLE":
      return { communicationNeeds: ["BRAILLE"], interpreterLanguage: null, accessNotes: "Blind. Letters in braille; happy to be contacted by telephone." };
    case "HEARING_LOOP":
      return { communicationNeeds: ["HEARING_LOOP"], interpreterLanguage: null, accessNotes: "Hearing aid user: needs a hearing loop and to be called in person from the waiting room." };
    default:
      return { communicationNeeds: ["LONGER_APPOINTMENT"], interpreterLanguage: null, accessNotes: "Anxious about appointments: a longer appointment and a quiet place to wait help." };
  }
}
