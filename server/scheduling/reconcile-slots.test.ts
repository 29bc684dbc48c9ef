import { describe, expect, it } from "vitest";
import type { MixType, PlannedSlot } from "./plan-slots";
import { reconcileSlots, type ExistingSlot } from "./reconcile-slots";

const A: MixType = { id: "a", code: "NEW-F2F", kind: "NEW", mode: "IN_PERSON", patientBookable: true };
const B: MixType = { id: "b", code: "FU-F2F", kind: "FOLLOW_UP", mode: "IN_PERSON", patientBookable: false };
const t = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00Z`);

function planned(start: string, end: string, type: MixType, mix: MixType[] = [type]): PlannedSlot {
  return { sessionId: "s1", appointmentTypeId: type.id, startsAt: t(start), endsAt: t(end), capacity: 1, patientBookable: type.patientBookable, sessionTypes: mix };
}

let next = 0;
function existing(start: string, end: string, type: MixType, overrides: Partial<ExistingSlot> = {}): ExistingSlot {
  return {
    id: `slot-${++next}`,
    sessionId: "s1",
    appointmentTypeId: type.id,
    startsAt: t(start),
    endsAt: t(end),
    capacity: 1,
    status: "AVAILABLE",
    cancelledBy: null,
    bookedCount: 0,
    patientBookable: type.patientBookable,
    hasAppointments: false,
    ...overrides,
  };
}

describe("reconciling planned slots with existing ones", () => {
  it("changes nothing when they agree", () => {
    const result = reconcileSlots([planned("09:00", "09:30", A)], [existing("09:00", "09:30", A)]);
    expect(result).toEqual({ create: [], update: [], remove: [], displace: [] });
  });

  it("creates what is missing and removes free slots no longer called for", () => {
    const gone = existing("14:00", "14:30", A);
    const result = reconcileSlots([planned("09:00", "09:30", A)], [gone]);
    expect(result.create.map((p) => p.startsAt)).toEqual([t("09:00")]);
    expect(result.remove).toEqual([gone]);
  });

  it("displaces booked slots no longer called for", () => {
    const booked = existing("14:00", "14:30", A, { bookedCount: 1, hasAppointments: true });
    expect(reconcileSlots([], [booked]).displace).toEqual([{ slot: booked, reuseAs: null }]);
  });

  it("keeps a booked slot in its place when only the turn order of the mix changed", () => {
    const booked = existing("09:00", "09:30", A, { bookedCount: 1 });
    const freeB = existing("09:00", "09:30", B);
    const result = reconcileSlots([planned("09:00", "09:30", B, [A, B])], [booked, freeB]);
    expect(result.displace).toEqual([]);
    expect(result.create).toEqual([]);
    // The free slot at the same time goes: the clinician is only offered once.
    expect(result.remove).toEqual([freeB]);
  });

  it("reuses a booked slot's row when its length changed, after moving its patients", () => {
    const booked = existing("09:00", "09:30", A, { bookedCount: 1 });
    const plan = planned("09:00", "09:45", A);
    const result = reconcileSlots([plan], [booked]);
    expect(result.displace).toEqual([{ slot: booked, reuseAs: plan }]);
    expect(result.create).toEqual([]);
  });

  it("updates a free slot's length, capacity and bookability to the template", () => {
    const slot = existing("09:00", "09:30", B, { patientBookable: true });
    const plan = { ...planned("09:00", "09:45", B), capacity: 3 };
    expect(reconcileSlots([plan], [slot]).update).toEqual([{ id: slot.id, plan, capacity: 3, patientBookable: false, revive: false }]);
  });

  it("never lowers capacity below the bookings", () => {
    const slot = existing("09:00", "09:30", A, { capacity: 4, bookedCount: 3 });
    expect(reconcileSlots([planned("09:00", "09:30", A)], [slot]).update[0]?.capacity).toBe(3);
  });

  it("leaves a slot staff cancelled cancelled, and brings back one its template cancelled", () => {
    const staff = existing("09:00", "09:30", A, { status: "CANCELLED", cancelledBy: "STAFF" });
    const template = existing("09:30", "10:00", A, { status: "CANCELLED", cancelledBy: "TEMPLATE" });
    const result = reconcileSlots([planned("09:00", "09:30", A), planned("09:30", "10:00", A)], [staff, template]);
    expect(result.create).toEqual([]);
    expect(result.update.map((u) => [u.id, u.revive])).toEqual([[template.id, true]]);
  });
});
