import { describe, expect, it } from "vitest";
import { buildReferralTimeline, whatHappensNext, type TrackerAppointment, type TrackerFacts } from "./referral-timeline";

const base: TrackerFacts = {
  status: "AWAITING_TRIAGE",
  receivedAt: new Date("2026-01-05T10:00:00Z"),
  triagedAt: null,
  referrerName: "Dr Khan",
  serviceName: "MSK physiotherapy",
  originalServiceName: null,
  rejectionReason: null,
  triageNote: null,
  bookingReference: null,
  appointments: [],
  pifuEndsAt: null,
  endedAt: null,
};
const triaged = new Date("2026-01-12T10:00:00Z");
const appointment = (status: TrackerAppointment["status"], iso = "2026-03-03T09:30:00Z"): TrackerAppointment => ({
  startsAt: new Date(iso), status, typeName: "New appointment", mode: "IN_PERSON", locationName: "Northfield Health Centre",
});

function summary(facts: Partial<TrackerFacts>) {
  return buildReferralTimeline({ ...base, ...facts }).map((s) => `${s.title}: ${s.state}`);
}

describe("buildReferralTimeline", () => {
  it.each([
    {
      name: "awaiting triage",
      facts: {},
      steps: ["Referral received: done", "Being reviewed: current", "Accepted and waiting: upcoming", "Appointment booked: upcoming", "Seen: upcoming"],
    },
    {
      name: "redirected to another service",
      facts: { status: "REDIRECTED", triagedAt: triaged, originalServiceName: "Podiatry" },
      steps: ["Referral received: done", "Being reviewed: current", "Accepted and waiting: upcoming", "Appointment booked: upcoming", "Seen: upcoming"],
    },
    {
      name: "accepted and waiting",
      facts: { status: "ACCEPTED", triagedAt: triaged, bookingReference: "K7MX4PQA" },
      steps: ["Referral received: done", "Accepted and waiting: current", "Appointment booked: upcoming", "Seen: upcoming", "After your appointment: upcoming"],
    },
    {
      name: "appointment booked",
      facts: { status: "BOOKED", triagedAt: triaged, appointments: [appointment("BOOKED")] },
      steps: ["Referral received: done", "Accepted and waiting: done", "Appointment booked: current", "Seen: upcoming", "After your appointment: upcoming"],
    },
    {
      name: "seen",
      facts: { status: "SEEN", triagedAt: triaged, appointments: [appointment("SEEN")] },
      steps: ["Referral received: done", "Accepted and waiting: done", "Appointment booked: done", "Seen: done", "After your appointment: upcoming"],
    },
    {
      name: "on patient-initiated follow-up",
      facts: { status: "ON_PIFU", triagedAt: triaged, appointments: [appointment("SEEN")], pifuEndsAt: new Date("2026-09-03T00:00:00Z") },
      steps: ["Referral received: done", "Accepted and waiting: done", "Appointment booked: done", "Seen: done", "Patient-initiated follow-up: current"],
    },
    {
      name: "discharged",
      facts: { status: "DISCHARGED", triagedAt: triaged, endedAt: new Date("2026-03-03T10:00:00Z") },
      steps: ["Referral received: done", "Accepted and waiting: done", "Appointment booked: done", "Seen: done", "Discharged: done"],
    },
    { name: "rejected", facts: { status: "REJECTED", triagedAt: triaged, rejectionReason: "Try insoles first" }, steps: ["Referral received: done", "Returned to your referrer: done"] },
    { name: "advice and guidance", facts: { status: "ADVICE_AND_GUIDANCE", triagedAt: triaged }, steps: ["Referral received: done", "Advice sent to your referrer: done"] },
  ] satisfies { name: string; facts: Partial<TrackerFacts>; steps: string[] }[])("$name", ({ facts, steps }) => {
    expect(summary(facts)).toEqual(steps);
  });

  it("speaks plainly about the details that matter", () => {
    const waiting = buildReferralTimeline({ ...base, status: "ACCEPTED", triagedAt: triaged, bookingReference: "K7MX4PQA" });
    expect(waiting[1]!.detail).toContain("Your booking reference is K7MX4PQA.");
    const booked = buildReferralTimeline({ ...base, status: "BOOKED", triagedAt: triaged, appointments: [appointment("BOOKED")] });
    expect(booked[2]!.detail).toBe("New appointment at Northfield Health Centre on Tuesday 3 March 2026, 9:30am.");
    const rejected = buildReferralTimeline({ ...base, status: "REJECTED", triagedAt: triaged, rejectionReason: "Try insoles first" });
    expect(rejected[1]!.detail).toContain("returned it to Dr Khan");
    expect(rejected[1]!.detail).toContain("Try insoles first");
    const redirected = buildReferralTimeline({ ...base, status: "REDIRECTED", triagedAt: triaged, originalServiceName: "Podiatry" });
    expect(redirected[1]!.detail).toContain("passed from Podiatry to MSK physiotherapy");
    expect(redirected[1]!.detail).toContain("already waited still counts");
  });

  it("tells a patient who missed their appointment to call, and one whose appointment we cancelled that we will offer another", () => {
    const missed = buildReferralTimeline({ ...base, status: "ACCEPTED", triagedAt: triaged, appointments: [appointment("DID_NOT_ATTEND")] });
    expect(missed[1]).toMatchObject({ state: "current" });
    expect(missed[1]!.detail).toContain("You missed your appointment on Tuesday 3 March 2026: call us to book another.");
    const cancelled = buildReferralTimeline({ ...base, status: "ACCEPTED", triagedAt: triaged, appointments: [appointment("CANCELLED_BY_HOSPITAL")] });
    expect(cancelled[1]!.detail).toContain("We cancelled your appointment on Tuesday 3 March 2026 and will offer you another.");
  });
});

describe("whatHappensNext", () => {
  it.each([
    { status: "AWAITING_TRIAGE", text: /review your referral, usually within 2 weeks/ },
    { status: "ACCEPTED", text: /contact you when an appointment is available/ },
    { status: "ON_PIFU", text: /within 3 working days/ },
    { status: "REJECTED", text: /speak to Dr Khan/ },
    { status: "DISCHARGED", text: /speak to Dr Khan/ },
  ] as const)("$status", ({ status, text }) => {
    expect(whatHappensNext({ ...base, status }).join(" ")).toMatch(text);
  });

  it("points to the booked appointment", () => {
    expect(whatHappensNext({ ...base, status: "BOOKED", appointments: [appointment("BOOKED")] })[0]).toMatch(/Go to your appointment on Tuesday 3 March 2026, 9:30am/);
  });
});
