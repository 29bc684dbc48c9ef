import { describe, expect, it } from "vitest";
import { orderTypeMix, planSlots, type MixType, type SessionTemplate } from "./plan-slots";

const NEW: MixType = { id: "t-new", code: "NEW-F2F", kind: "NEW", mode: "IN_PERSON", patientBookable: true };
const FU: MixType = { id: "t-fu", code: "FU-F2F", kind: "FOLLOW_UP", mode: "IN_PERSON", patientBookable: true };
const TEL: MixType = { id: "t-tel", code: "FU-TEL", kind: "FOLLOW_UP", mode: "TELEPHONE", patientBookable: false };

function session(overrides: Partial<SessionTemplate> = {}): SessionTemplate {
  return {
    id: "s1",
    weekday: 1,
    startMinute: 9 * 60,
    endMinute: 12 * 60,
    slotMinutes: 30,
    capacityPerSlot: 1,
    validFrom: "2026-01-01",
    validTo: null,
    appointmentTypes: [NEW],
    ...overrides,
  };
}

const plan = (sessions: SessionTemplate[], from: string, until: string, extra: Partial<Parameters<typeof planSlots>[0]> = {}) =>
  planSlots({ sessions, closures: [], bankHolidays: new Set(), from: new Date(from), until: until as `${number}-${number}-${number}`, ...extra });

const times = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

describe("planning slots from clinic templates", () => {
  it("fills a Monday 09:00–12:00 session with six 30-minute slots each week", () => {
    const slots = plan([session()], "2026-01-05T00:00:00Z", "2026-01-19");
    expect(slots).toHaveLength(12);
    expect(times(slots).slice(0, 6)).toEqual([
      "2026-01-05T09:00:00.000Z",
      "2026-01-05T09:30:00.000Z",
      "2026-01-05T10:00:00.000Z",
      "2026-01-05T10:30:00.000Z",
      "2026-01-05T11:00:00.000Z",
      "2026-01-05T11:30:00.000Z",
    ]);
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 30 * 60_000)).toBe(true);
  });

  it("leaves a remainder at the end of the session unused", () => {
    expect(plan([session({ endMinute: 12 * 60 + 20 })], "2026-01-05T00:00:00Z", "2026-01-06")).toHaveLength(6);
  });

  it("takes turns through the mix, new before follow-up, in person before telephone, the same every week", () => {
    const slots = plan([session({ appointmentTypes: [TEL, FU, NEW] })], "2026-01-05T00:00:00Z", "2026-01-13");
    expect(slots.map((s) => s.appointmentTypeId)).toEqual(["t-new", "t-fu", "t-tel", "t-new", "t-fu", "t-tel", "t-new", "t-fu", "t-tel", "t-new", "t-fu", "t-tel"]);
    expect(slots.find((s) => s.appointmentTypeId === "t-tel")?.patientBookable).toBe(false);
    expect(orderTypeMix([TEL, FU, NEW]).map((t) => t.code)).toEqual(["NEW-F2F", "FU-F2F", "FU-TEL"]);
  });

  it("starts after `from`, ends before `until`, and keeps within valid-from and valid-to (both included)", () => {
    expect(times(plan([session()], "2026-01-05T10:15:00Z", "2026-01-06"))).toEqual([
      "2026-01-05T10:30:00.000Z",
      "2026-01-05T11:00:00.000Z",
      "2026-01-05T11:30:00.000Z",
    ]);
    const bounded = plan([session({ validFrom: "2026-01-12", validTo: "2026-01-19" })], "2026-01-01T00:00:00Z", "2026-02-01");
    expect(new Set(bounded.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(["2026-01-12", "2026-01-19"]));
  });

  it("skips bank holidays and closed days", () => {
    const slots = plan([session()], "2026-05-01T00:00:00Z", "2026-06-01", {
      bankHolidays: new Set(["2026-05-04", "2026-05-25"]),
      closures: [{ startDate: "2026-05-11", endDate: "2026-05-12" }],
    });
    expect(new Set(slots.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(["2026-05-18"]));
  });

  it("gives 09:00 London slots on both clock-change days", () => {
    const sunday = session({ weekday: 7 });
    expect(times(plan([sunday], "2026-03-29T00:00:00Z", "2026-03-30"))[0]).toBe("2026-03-29T08:00:00.000Z");
    expect(times(plan([sunday], "2026-10-25T00:00:00Z", "2026-10-26"))[0]).toBe("2026-10-25T09:00:00.000Z");
    expect(plan([sunday], "2026-03-29T00:00:00Z", "2026-03-30")).toHaveLength(6);
    expect(plan([sunday], "2026-10-25T00:00:00Z", "2026-10-26")).toHaveLength(6);
  });

  it("makes no slots in the hour that does not exist when the clocks go forward", () => {
    const night = session({ weekday: 7, startMinute: 60, endMinute: 120 });
    expect(plan([night], "2026-03-28T00:00:00Z", "2026-03-30")).toEqual([]);
    // A week later the same session runs normally (01:00 BST is 00:00Z).
    expect(times(plan([night], "2026-04-05T00:00:00Z", "2026-04-06"))).toEqual(["2026-04-05T00:00:00.000Z", "2026-04-05T00:30:00.000Z"]);
  });

  it("never makes a slot longer than its length when the clocks go back", () => {
    const night = session({ weekday: 7, startMinute: 0, endMinute: 180 });
    const slots = plan([night], "2026-10-24T00:00:00Z", "2026-10-26");
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
    // 00:30–01:00 would straddle the change (90 minutes of real time): left out.
    expect(times(slots)).not.toContain("2026-10-24T23:30:00.000Z");
    expect(new Set(times(slots)).size).toBe(slots.length);
  });

  it("ignores a session with no appointment types", () => {
    expect(plan([session({ appointmentTypes: [] })], "2026-01-05T00:00:00Z", "2026-01-06")).toEqual([]);
  });
});
