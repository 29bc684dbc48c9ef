import { createHash } from "node:crypto";
import type { Tx } from "../../server/platform/db/client";
import { generateSlots } from "../../server/scheduling/generate-slots";
import { planDemoAppointments, type DemoReferral } from "./appointments";
import { CLINICS } from "./clinics";
import { DEMO_CLERK } from "./demo-identities";
import { createRandom } from "./random";
import type { ReferralRow } from "./referrals";

/** Weeks of slots the demo starts with (the nightly job then keeps the full horizon). */
export const DEMO_SLOT_WEEKS = 8;
const BATCH = 1_000;

/**
 * The demo diaries: slots for the next eight weeks from the clinic templates, made
 * by the real generator, then appointments for booked and seen referrals (see
 * planDemoAppointments), inserted in bulk under the same database rules as every
 * booking. They count as booked before the demo's "today", so no confirmations
 * are sent for them; each has its audit event.
 */
export async function seedSchedule(
  tx: Tx,
  today: Date,
  referrals: readonly ReferralRow[],
  excludedPatientIds: ReadonlySet<string>,
): Promise<{ slots: number; appointments: number; bookedReferralIds: Set<string> }> {
  const clinics = await tx.clinic.findMany({ where: { code: { in: CLINICS.map((c) => c.code) } }, select: { id: true }, orderBy: { code: "asc" } });
  const generated = await generateSlots(tx, {
    now: today,
    clinicIds: clinics.map((c) => c.id),
    horizonWeeks: DEMO_SLOT_WEEKS,
    slotId: (slot) => stableUuid(`${slot.clinicId}|${slot.startsAt.toISOString()}|${slot.appointmentTypeId}`),
  });

  const free = await tx.slot.findMany({
    where: { clinicId: { in: clinics.map((c) => c.id) }, startsAt: { gt: today }, status: "AVAILABLE" },
    select: { id: true, clinicId: true, clinicianId: true, appointmentTypeId: true, startsAt: true, endsAt: true, appointmentType: { select: { kind: true, serviceId: true } } },
  });
  const wanted: DemoReferral[] = referrals.flatMap((r) =>
    r.status === "BOOKED" || r.status === "SEEN"
      ? [{ id: r.id, patientId: r.patientId, serviceId: r.serviceId, status: r.status, priority: r.priority ?? "ROUTINE", receivedAt: new Date(r.receivedAt) }]
      : [],
  );
  const appointments = planDemoAppointments({
    now: today,
    slots: free.map(({ appointmentType, ...s }) => ({ ...s, kind: appointmentType.kind, serviceId: appointmentType.serviceId })),
    referrals: wanted,
    excludedPatientIds,
  });
  const clerk = await tx.user.findUnique({ where: { email: DEMO_CLERK.email }, select: { id: true } });
  const auditIds = createRandom("ids:appointment-audit");
  for (let i = 0; i < appointments.length; i += BATCH) {
    const batch = appointments.slice(i, i + BATCH).map((a) => ({ ...a, bookedById: clerk?.id ?? null }));
    await tx.appointment.createMany({ data: batch });
    await tx.auditEvent.createMany({
      data: batch.map((a) => ({
        id: auditIds.uuid(),
        actorUserId: a.bookedById,
        actorLabel: `Booking clerk: ${DEMO_CLERK.name}`,
        action: "appointment.booked",
        entityType: "Appointment",
        entityId: a.id,
        patientId: a.patientId,
        after: { status: "BOOKED", slotId: a.slotId, startsAt: a.startsAt, endsAt: a.endsAt, clinicId: a.clinicId, referralId: a.referralId, bookingChannel: "STAFF" },
      })),
    });
  }
  return { slots: generated.created, appointments: appointments.length, bookedReferralIds: new Set(appointments.flatMap((a) => (a.referralId ? [a.referralId] : []))) };
}

/** A UUID (version 4 layout) from a name: the same slot gets the same id in every seeded database. */
function stableUuid(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
