import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "../../server/patients/nhs-number";
import { CLINICIANS, CLINICS, minutesAfterMidnight, videoJoinUrlFor } from "./clinics";
import { DEMO_PATIENT, DEMO_PATIENT_2 } from "./demo-identities";
import { LOCATIONS } from "./locations";
import { generatePatients } from "./patients";
import { BOOKING_REFERENCE_ALPHABET, generateReferrals } from "./referrals";
import { APPOINTMENT_TYPE_CODES, SERVICES } from "./services";
import type { TrustIds } from "./trust";

const today = new Date("2026-03-30T12:00:00Z");

describe("the demo trust's definitions", () => {
  const serviceOf = new Map(SERVICES.map((s) => [s.code, s]));

  it("has 4 services, 6 locations, 20 clinicians and 10 clinics", () => {
    expect(SERVICES).toHaveLength(4);
    expect(LOCATIONS.length).toBeGreaterThanOrEqual(5);
    expect(CLINICIANS).toHaveLength(20);
    expect(CLINICS).toHaveLength(10);
  });

  it("runs each clinic with a clinician of its own service at a known location", () => {
    for (const clinic of CLINICS) {
      expect(CLINICIANS.find((c) => c.key === clinic.clinicianKey)?.serviceCode).toBe(clinic.serviceCode);
      expect(LOCATIONS.some((l) => l.code === clinic.locationCode)).toBe(true);
    }
  });

  it("fits every appointment type of a session exactly into its slot grid", () => {
    for (const clinic of CLINICS) {
      for (const session of clinic.sessions) {
        const length = minutesAfterMidnight(session.end) - minutesAfterMidnight(session.start);
        expect(length % session.slotMinutes, `${clinic.code} weekday ${session.weekday}`).toBe(0);
        for (const type of session.types) {
          expect(serviceOf.get(clinic.serviceCode)!.durations[type], `${clinic.code} ${type}`).toBe(session.slotMinutes);
        }
      }
    }
  });

  it("offers every appointment type of every service in at least one session", () => {
    for (const service of SERVICES) {
      const offered = new Set(CLINICS.filter((c) => c.serviceCode === service.code).flatMap((c) => c.sessions.flatMap((s) => s.types)));
      expect([...offered].sort()).toEqual(APPOINTMENT_TYPE_CODES.map((t) => t.code).sort());
    }
  });

  it("gives a video room to exactly the clinics that run video appointments", () => {
    const withVideo = CLINICS.filter((c) => videoJoinUrlFor(c) !== null).map((c) => c.code);
    expect(withVideo).toEqual(expect.arrayContaining(["MSK-VID-1", "PAED-VID-1"]));
    expect(videoJoinUrlFor(CLINICS.find((c) => c.code === "MSK-VID-1")!)).toBe("https://video.frontdoor.nhs.invalid/room/msk-vid-1");
    expect(videoJoinUrlFor(CLINICS.find((c) => c.code === "MSK-NCH-1")!)).toBeNull();
  });
});

describe("generated patients and referrals", () => {
  const patients = generatePatients(today);
  const trust: TrustIds = {
    serviceId: { MSK: "msk", POD: "pod", PAED: "paed", AUD: "aud" },
    appointmentTypeId: new Map(SERVICES.flatMap((s) => APPOINTMENT_TYPE_CODES.map((t) => [`${s.code}:${t.code}`, `${s.code}:${t.code}`] as const))),
    clinicianId: new Map(),
    cliniciansByService: { MSK: ["c-msk"], POD: ["c-pod"], PAED: ["c-paed"], AUD: ["c-aud"] },
  };
  const { referrals, rttEvents, waitingList } = generateReferrals(today, patients, trust);

  it("are the same on every run", () => {
    expect(generatePatients(today)).toEqual(patients);
    expect(generateReferrals(today, patients, trust).referrals).toEqual(referrals);
  });

  it("start with the documented demo patients", () => {
    expect(patients[0]!.row).toMatchObject({ nhsNumber: DEMO_PATIENT.nhsNumber, email: DEMO_PATIENT.email, givenName: "Alex" });
    expect(patients[1]!.row).toMatchObject({ nhsNumber: DEMO_PATIENT_2.nhsNumber, email: DEMO_PATIENT_2.email });
  });

  it("have distinct, valid NHS numbers in the 999 test range", () => {
    const numbers = patients.map((p) => p.row.nhsNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) {
      expect(n.startsWith("999")).toBe(true);
      expect(isValidNhsNumber(n), n).toBe(true);
    }
  });

  it("use Ofcom drama-range mobiles and reserved email domains", () => {
    for (const { row } of patients) {
      if (row.mobile) expect(row.mobile).toMatch(/^07700 900\d{3}$/);
      if (row.email) expect(row.email).toMatch(/@(example\.nhs\.invalid|frontdoor\.nhs\.invalid)$/);
    }
  });

  it("never put an event in the future or out of order", () => {
    const anchor = Date.UTC(2026, 2, 30);
    for (const r of referrals) {
      const received = (r.receivedAt as Date).getTime();
      expect(received).toBeLessThan(anchor);
      if (r.triagedAt) expect((r.triagedAt as Date).getTime()).toBeGreaterThan(received);
      if (r.rttClockStopAt) {
        expect((r.rttClockStopAt as Date).getTime()).toBeGreaterThanOrEqual((r.triagedAt as Date).getTime());
        expect((r.rttClockStopAt as Date).getTime()).toBeLessThan(anchor);
      }
    }
    for (const e of rttEvents) expect((e.occurredAt as Date).getTime()).toBeLessThan(anchor);
  });

  it("send children to paediatrics only and adults everywhere else", () => {
    const ageOf = new Map(patients.map((p) => [p.row.id, p.ageYears]));
    for (const r of referrals) {
      const age = ageOf.get(r.patientId)!;
      if (r.serviceId === "paed") expect(age).toBeLessThan(18);
      else expect(age).toBeGreaterThanOrEqual(18);
    }
  });

  it("keep the clock open exactly while the pathway is open", () => {
    for (const r of referrals) {
      const open = ["AWAITING_TRIAGE", "ACCEPTED", "BOOKED", "REDIRECTED"].includes(r.status!);
      expect(r.rttClockStopAt === null, `${r.status}`).toBe(open);
      expect(r.rttClockStartAt).toEqual(r.receivedAt);
    }
  });

  it("give unambiguous booking references to accepted referrals, and a waiting-list entry to each waiting one", () => {
    const pattern = new RegExp(`^[${BOOKING_REFERENCE_ALPHABET}]{8}$`);
    for (const r of referrals) {
      if (r.bookingReference) expect(r.bookingReference).toMatch(pattern);
    }
    const accepted = referrals.filter((r) => r.status === "ACCEPTED");
    expect(waitingList.map((w) => w.referralId).sort()).toEqual(accepted.map((r) => r.id).sort());
  });
});
