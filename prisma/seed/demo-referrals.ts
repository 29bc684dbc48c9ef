import { DEMO_PATIENT, DEMO_PATIENT_2 } from "./demo-identities";
import type { ReferralSpec } from "./referrals";

/**
 * The demo patients' referrals, fixed so the demo and tests can rely on them.
 * patientIndex is the position in generatePatients (Alex Morgan 0, Sam Taylor 1).
 */
export const DEMO_REFERRALS: readonly (Omit<ReferralSpec, "patient"> & { patientIndex: number })[] = [
  {
    patientIndex: 0,
    serviceCode: "MSK",
    status: "ACCEPTED",
    timeline: { receivedDaysAgo: 98 },
    source: "GP",
    reason: "Low back pain for 4 months, worse after sitting at work; no red flags",
    bookingReference: DEMO_PATIENT.bookingReference,
    waitingFor: "NEW-F2F",
  },
  {
    patientIndex: 0,
    serviceCode: "POD",
    status: "AWAITING_TRIAGE",
    timeline: { receivedDaysAgo: 3 },
    source: "SELF",
    reason: "Painful ingrown toenail on the right big toe, red and sore for 2 weeks",
  },
  {
    patientIndex: 0,
    serviceCode: "AUD",
    status: "DISCHARGED",
    timeline: { receivedDaysAgo: 336, stopCode: "30" },
    source: "E_REFERRAL_SERVICE",
    reason: "Tinnitus with hearing difficulty in the right ear",
  },
  {
    patientIndex: 1,
    serviceCode: "MSK",
    status: "ACCEPTED",
    timeline: { receivedDaysAgo: 63 },
    source: "SELF",
    reason: "Right knee pain after a twisting injury playing football",
    bookingReference: DEMO_PATIENT_2.bookingReference,
    waitingFor: "NEW-F2F",
  },
  {
    patientIndex: 1,
    serviceCode: "POD",
    status: "ON_PIFU",
    timeline: { receivedDaysAgo: 200 },
    source: "GP",
    reason: "Heel pain (plantar fasciitis) for 6 months, not settled with insoles",
  },
];
