import type { Prisma } from "../../server/platform/db/generated/client";
import type { AppointmentKind, ReferralPriority } from "../../server/platform/db/generated/enums";
import { createRandom } from "./random";

/** A free generated slot the demo may book. */
export interface DemoSlot {
  id: string;
  clinicId: string;
  clinicianId: string;
  appointmentTypeId: string;
  serviceId: string;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
}

/** A referral whose patient should have an appointment: BOOKED ones a new appointment, SEEN ones a follow-up. */
export interface DemoReferral {
  id: string;
  patientId: string;
  serviceId: string;
  status: "BOOKED" | "SEEN";
  priority: ReferralPriority;
  receivedAt: Date;
}

export type DemoAppointmentRow = Prisma.AppointmentCreateManyInput & { id: string; slotId: string; patientId: string };

const WEEK_MS = 7 * 86_400_000;

/**
 * How full the demo diaries are: a booking centre fills the next fortnight well
 * and later weeks less. The share of slots offered to demo bookings in week n.
 */
export function demoOccupancy(week: number): number {
  if (week < 2) return 0.65;
  if (week < 4) return 0.3;
  return 0.1;
}

/**
 * Chooses demo appointments, deterministically. Every BOOKED referral gets a new
 * appointment in its service (urgent first, then longest waiting first: treat in
 * turn), SEEN referrals follow-ups while slots last; each slot offered by
 * `demoOccupancy` takes the first eligible patient, and a patient is never booked
 * twice at overlapping times. BOOKED referrals left over after that take any
 * remaining slot of their service, since their status says they have one.
 * The database checks all of it again (capacity trigger, exclusion constraints).
 */
export function planDemoAppointments(input: {
  now: Date;
  slots: readonly DemoSlot[];
  referrals: readonly DemoReferral[];
  /** Patients whose documented state the demo relies on: never booked here. */
  excludedPatientIds: ReadonlySet<string>;
}): DemoAppointmentRow[] {
  const random = createRandom("demo-appointments");
  const ids = createRandom("ids:appointments");
  const queue = new Map<string, DemoReferral[]>();
  const byTurn = (a: DemoReferral, b: DemoReferral) =>
    Number(b.priority !== "ROUTINE") - Number(a.priority !== "ROUTINE") || a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : 1);
  for (const referral of [...input.referrals].sort(byTurn)) {
    if (input.excludedPatientIds.has(referral.patientId)) continue;
    const key = `${referral.serviceId}|${referral.status === "BOOKED" ? "NEW" : "FOLLOW_UP"}`;
    queue.set(key, [...(queue.get(key) ?? []), referral]);
  }

  const busy = new Map<string, { startsAt: Date; endsAt: Date }[]>();
  const isFree = (patientId: string, slot: DemoSlot) =>
    !(busy.get(patientId) ?? []).some((b) => b.startsAt < slot.endsAt && slot.startsAt < b.endsAt);
  const rows: DemoAppointmentRow[] = [];
  const taken = new Set<string>();

  const book = (slot: DemoSlot, only?: "BOOKED") => {
    const waiting = queue.get(`${slot.serviceId}|${slot.kind}`) ?? [];
    const index = waiting.findIndex((r) => (!only || r.status === only) && isFree(r.patientId, slot));
    if (index < 0) return;
    const [referral] = waiting.splice(index, 1);
    busy.set(referral!.patientId, [...(busy.get(referral!.patientId) ?? []), slot]);
    taken.add(slot.id);
    const id = ids.uuid();
    rows.push({
      id,
      slotId: slot.id,
      patientId: referral!.patientId,
      referralId: referral!.id,
      appointmentTypeId: slot.appointmentTypeId,
      clinicId: slot.clinicId,
      clinicianId: slot.clinicianId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: "BOOKED",
      bookingChannel: "STAFF",
      calendarUid: `${id}@frontdoor`,
    });
  };

  const future = [...input.slots].filter((s) => s.startsAt > input.now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  for (const slot of future) {
    const week = Math.floor((slot.startsAt.getTime() - input.now.getTime()) / WEEK_MS);
    if (random.chance(demoOccupancy(week))) book(slot);
  }
  for (const slot of future) if (!taken.has(slot.id)) book(slot, "BOOKED");
  return rows;
}
