import type { AppointmentStatus } from "../../platform/db/generated/enums";

/** Statuses that hold a place in the slot and in the patient's and clinician's diaries. */
export const LIVE_STATUSES = ["BOOKED", "ARRIVED"] as const satisfies readonly AppointmentStatus[];
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export function isLive(status: AppointmentStatus): status is LiveStatus {
  return (LIVE_STATUSES as readonly AppointmentStatus[]).includes(status);
}

/**
 * Which status may follow which. Every change of status goes through a guarded
 * update (`WHERE status IN allowedFrom(to)`), so two clerks acting at once cannot
 * both win and a finished appointment cannot be reopened by mistake.
 * Telephone and video appointments go straight from BOOKED to SEEN (nobody arrives).
 */
const transitions: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  BOOKED: ["ARRIVED", "SEEN", "DID_NOT_ATTEND", "WAS_NOT_BROUGHT", "CANCELLED_BY_PATIENT", "CANCELLED_BY_HOSPITAL", "NEEDS_REBOOKING"],
  // Arrived but left before being seen counts as did not attend (or was not brought away).
  ARRIVED: ["SEEN", "DID_NOT_ATTEND", "WAS_NOT_BROUGHT", "CANCELLED_BY_HOSPITAL", "NEEDS_REBOOKING"],
  SEEN: [],
  DID_NOT_ATTEND: [],
  WAS_NOT_BROUGHT: [],
  CANCELLED_BY_PATIENT: [],
  CANCELLED_BY_HOSPITAL: [],
  NEEDS_REBOOKING: [],
};

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses from which `to` may be reached: the guard of the update. */
export function allowedFrom(to: AppointmentStatus): AppointmentStatus[] {
  return (Object.keys(transitions) as AppointmentStatus[]).filter((from) => canTransition(from, to));
}

const labels: Record<AppointmentStatus, string> = {
  BOOKED: "Booked",
  ARRIVED: "Arrived",
  SEEN: "Seen",
  DID_NOT_ATTEND: "Did not attend",
  WAS_NOT_BROUGHT: "Was not brought",
  CANCELLED_BY_PATIENT: "Cancelled by patient",
  CANCELLED_BY_HOSPITAL: "Cancelled by hospital",
  NEEDS_REBOOKING: "Needs rebooking",
};

export function statusLabel(status: AppointmentStatus): string {
  return labels[status];
}
