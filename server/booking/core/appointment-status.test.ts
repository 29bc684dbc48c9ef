import { describe, expect, it } from "vitest";
import type { AppointmentStatus } from "../../platform/db/generated/enums";
import { allowedFrom, canTransition, isLive } from "./appointment-status";

const ALL: AppointmentStatus[] = [
  "BOOKED",
  "ARRIVED",
  "SEEN",
  "DID_NOT_ATTEND",
  "WAS_NOT_BROUGHT",
  "CANCELLED_BY_PATIENT",
  "CANCELLED_BY_HOSPITAL",
  "NEEDS_REBOOKING",
];

// Every allowed move; anything not listed must be refused.
const allowed: [AppointmentStatus, AppointmentStatus][] = [
  ["BOOKED", "ARRIVED"],
  ["BOOKED", "SEEN"],
  ["BOOKED", "DID_NOT_ATTEND"],
  ["BOOKED", "WAS_NOT_BROUGHT"],
  ["BOOKED", "CANCELLED_BY_PATIENT"],
  ["BOOKED", "CANCELLED_BY_HOSPITAL"],
  ["BOOKED", "NEEDS_REBOOKING"],
  ["ARRIVED", "SEEN"],
  ["ARRIVED", "DID_NOT_ATTEND"],
  ["ARRIVED", "WAS_NOT_BROUGHT"],
  ["ARRIVED", "CANCELLED_BY_HOSPITAL"],
  ["ARRIVED", "NEEDS_REBOOKING"],
];

describe("appointment status machine", () => {
  const table = ALL.flatMap((from) => ALL.map((to) => [from, to, allowed.some(([f, t]) => f === from && t === to)] as const));

  it.each(table)("%s → %s allowed: %s", (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected);
  });

  it("guards each update with exactly the statuses it may follow", () => {
    expect(allowedFrom("SEEN").sort()).toEqual(["ARRIVED", "BOOKED"]);
    expect(allowedFrom("CANCELLED_BY_PATIENT")).toEqual(["BOOKED"]);
    expect(allowedFrom("BOOKED")).toEqual([]);
  });

  it("counts only booked and arrived appointments as live", () => {
    expect(ALL.filter(isLive)).toEqual(["BOOKED", "ARRIVED"]);
  });

  it("never reopens a finished appointment", () => {
    for (const from of ALL.filter((s) => !isLive(s))) {
      for (const to of ALL) expect(canTransition(from, to)).toBe(false);
    }
  });
});
