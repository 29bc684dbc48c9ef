/**
 * The demo trust's known people. Sign in as these locally (the sign-in help page
 * lists them) and use them in tests. Everyone else in the demo data is generated.
 * NHS numbers are in the 999 range, which the NHS never issues.
 */

/** The main demo patient: three referrals (MSK accepted and waiting, podiatry awaiting triage, audiology discharged). */
export const DEMO_PATIENT = {
  email: "patient@frontdoor.nhs.invalid",
  givenName: "Alex",
  familyName: "Morgan",
  name: "Alex Morgan",
  nhsNumber: "9990000018",
  dateOfBirth: "1984-03-14",
  postcode: "B29 6HZ",
  /** The waiting MSK referral's reference, for booking by reference. */
  bookingReference: "K7MX4PQA",
} as const;

/** A second patient, so tests can check one patient never sees another's records. */
export const DEMO_PATIENT_2 = {
  email: "patient2@frontdoor.nhs.invalid",
  givenName: "Sam",
  familyName: "Taylor",
  name: "Sam Taylor",
  nhsNumber: "9990000026",
  dateOfBirth: "1991-07-22",
  postcode: "B31 4QJ",
  /** The waiting MSK referral's reference. Sam also has a podiatry referral on PIFU. */
  bookingReference: "R8WN3HJC",
} as const;

export const DEMO_CLERK = {
  email: "clerk@frontdoor.nhs.invalid",
  name: "Jordan Hughes",
  role: "BOOKING_CLERK",
} as const;

/** Linked to the clinician of the same name, who runs the Northfield MSK clinic. */
export const DEMO_CLINICIAN = {
  email: "clinician@frontdoor.nhs.invalid",
  name: "Priya Shah",
  role: "CLINICIAN",
  serviceCode: "MSK",
  clinicCode: "MSK-NCH-1",
} as const;

export const DEMO_ADMIN = {
  email: "admin@frontdoor.nhs.invalid",
  name: "Helen Carter",
  role: "ADMIN",
} as const;

export const DEMO_PATIENTS = [DEMO_PATIENT, DEMO_PATIENT_2] as const;
export const DEMO_STAFF = [DEMO_CLERK, DEMO_CLINICIAN, DEMO_ADMIN] as const;

/** The Service code whose presence means the demo trust is already seeded. */
export const DEMO_TRUST_MARKER_SERVICE = "MSK";
