import type { PlannedSlot } from "./plan-slots";

/** A future slot row of the clinic, in any status. */
export interface ExistingSlot {
  id: string;
  sessionId: string | null;
  appointmentTypeId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  status: "AVAILABLE" | "BLOCKED" | "CANCELLED";
  /** Who cancelled a CANCELLED slot: only TEMPLATE cancellations are undone by generation. */
  cancelledBy: "STAFF" | "TEMPLATE" | null;
  /** Live (booked or arrived) appointments, kept by the database. */
  bookedCount: number;
  patientBookable: boolean;
  /** Any appointment row at all (even cancelled) refers to it, so it cannot be deleted. */
  hasAppointments: boolean;
}

/** Give an existing row the planned values (and make it AVAILABLE again if `revive`). */
export interface SlotUpdate {
  id: string;
  plan: PlannedSlot;
  capacity: number;
  patientBookable: boolean;
  revive: boolean;
}

export interface SlotReconciliation {
  /** Planned slots with no row yet. */
  create: PlannedSlot[];
  /** Rows kept or brought back, whose values differ from the plan. */
  update: SlotUpdate[];
  /** Free rows no template calls for: deleted, or cancelled if appointments refer to them. */
  remove: ExistingSlot[];
  /** Booked rows no template calls for: their patients need rebooking. The row is then
   * cancelled, or reused for the planned slot with the same start and type (`reuseAs`). */
  displace: { slot: ExistingSlot; reuseAs: PlannedSlot | null }[];
}

const ms = (d: Date) => d.getTime();
/** Slot rows are unique per clinic, start and type, whatever their status. */
const rowKey = (startsAt: Date, typeId: string) => `${ms(startsAt)}|${typeId}`;
const placeKey = (startsAt: Date, endsAt: Date) => `${ms(startsAt)}|${ms(endsAt)}`;

/**
 * Compares the slots the templates call for (one clinic) with its future rows.
 *
 * - A booked slot keeps its place if the template has a slot at the same times for
 *   its type, or (so that changing a session's mix never moves anyone) any slot at
 *   the same times in a session that still offers its type. Otherwise its patients
 *   need rebooking.
 * - A free slot stays if the template has a slot with its start and type (its end,
 *   capacity and bookability follow the template); otherwise it goes.
 * - A slot staff cancelled stays cancelled; one cancelled because its template
 *   changed comes back when the template calls for it again.
 * - A slot's capacity follows the template but never drops below its bookings.
 * Booked slots are matched first, so one place never holds a booked and a free slot.
 */
export function reconcileSlots(planned: readonly PlannedSlot[], existing: readonly ExistingSlot[]): SlotReconciliation {
  const planByRow = new Map<string, PlannedSlot>();
  const plansByPlace = new Map<string, PlannedSlot[]>();
  for (const plan of planned) {
    planByRow.set(rowKey(plan.startsAt, plan.appointmentTypeId), plan);
    const place = placeKey(plan.startsAt, plan.endsAt);
    plansByPlace.set(place, [...(plansByPlace.get(place) ?? []), plan]);
  }
  const taken = new Set<PlannedSlot>();
  const result: SlotReconciliation = { create: [], update: [], remove: [], displace: [] };
  const untakenPlanFor = (slot: ExistingSlot) => {
    const plan = planByRow.get(rowKey(slot.startsAt, slot.appointmentTypeId));
    return plan && !taken.has(plan) ? plan : undefined;
  };

  const keep = (slot: ExistingSlot, plan: PlannedSlot, revive = false) => {
    taken.add(plan);
    const patientBookable = plan.sessionTypes.find((t) => t.id === slot.appointmentTypeId)?.patientBookable ?? plan.patientBookable;
    const capacity = Math.max(plan.capacity, slot.bookedCount);
    const sameTimes = ms(slot.startsAt) === ms(plan.startsAt) && ms(slot.endsAt) === ms(plan.endsAt);
    if (revive || !sameTimes || slot.sessionId !== plan.sessionId || slot.capacity !== capacity || slot.patientBookable !== patientBookable) {
      result.update.push({ id: slot.id, plan, capacity, patientBookable, revive });
    }
  };

  const open = existing.filter((s) => s.status !== "CANCELLED");
  const booked = open.filter((s) => s.bookedCount > 0);
  const free = open.filter((s) => s.bookedCount === 0);

  const unmatchedBooked: ExistingSlot[] = [];
  for (const slot of booked) {
    const plan = untakenPlanFor(slot);
    if (plan && ms(plan.endsAt) === ms(slot.endsAt)) keep(slot, plan);
    else unmatchedBooked.push(slot);
  }
  const displaced: ExistingSlot[] = [];
  for (const slot of unmatchedBooked) {
    const place = plansByPlace.get(placeKey(slot.startsAt, slot.endsAt)) ?? [];
    const plan = place.find((p) => !taken.has(p) && p.sessionTypes.some((t) => t.id === slot.appointmentTypeId));
    if (plan) keep(slot, plan);
    else displaced.push(slot);
  }
  for (const slot of displaced) {
    // Same start and type but a new length: the row is reused once its patients are moved off.
    const reuseAs = untakenPlanFor(slot) ?? null;
    if (reuseAs) taken.add(reuseAs);
    result.displace.push({ slot, reuseAs });
  }
  for (const slot of free) {
    const plan = untakenPlanFor(slot);
    if (plan) keep(slot, plan);
    else result.remove.push(slot);
  }
  for (const slot of existing.filter((s) => s.status === "CANCELLED")) {
    const plan = untakenPlanFor(slot);
    if (!plan) continue;
    if (slot.cancelledBy === "TEMPLATE") keep(slot, plan, true);
    else taken.add(plan);
  }
  result.create = planned.filter((p) => !taken.has(p));
  return result;
}
