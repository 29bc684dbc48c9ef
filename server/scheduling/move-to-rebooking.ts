import { recordAudit, type Actor } from "../platform/audit/record-audit";
import { LIVE_STATUSES } from "../booking/core/appointment-status";
import { auditView } from "../booking/core/audit-view";
import { returnToWaitingList } from "../booking/core/cancel-appointment";
import { queueAppointmentMessage } from "../booking/core/queue-appointment-message";
import { transitionAppointment } from "../booking/core/transition-appointment";
import type { Tx } from "../platform/db/client";
import { formatDateTime } from "../platform/time/london";

/** A slot whose live appointments can no longer go ahead, and why (shown to staff and the patient). */
export interface SlotWithdrawal {
  slotId: string;
  reason: string;
}

/**
 * Moves every live appointment in the given slots to NEEDS_REBOOKING instead of
 * dropping it: in the caller's transaction, each gets a NEEDS_REBOOKING worklist
 * task for the booking centre, an audit event and a message to the patient through
 * the outbox, and the patient goes back on the waiting list (so the clerk rebooks
 * them in turn). Call it before changing or cancelling the slots: the database then
 * frees their places. Returns the appointments moved.
 */
export async function moveToRebooking(tx: Tx, withdrawals: readonly SlotWithdrawal[], actor: Actor): Promise<number> {
  if (withdrawals.length === 0) return 0;
  const reasonBySlot = new Map(withdrawals.map((w) => [w.slotId, w.reason]));
  const appointments = await tx.appointment.findMany({
    where: { slotId: { in: [...reasonBySlot.keys()] }, status: { in: [...LIVE_STATUSES] } },
    include: { clinic: { select: { name: true, serviceId: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  for (const { clinic, ...before } of appointments) {
    const reason = reasonBySlot.get(before.slotId) ?? "The clinic's timetable changed";
    const after = await transitionAppointment(tx, before, "NEEDS_REBOOKING", { cancelReason: reason });
    await returnToWaitingList(tx, after);
    const when = formatDateTime(after.startsAt);
    const task = await tx.worklistTask.create({
      data: {
        kind: "NEEDS_REBOOKING",
        patientId: after.patientId,
        serviceId: clinic.serviceId,
        referralId: after.referralId,
        appointmentId: after.id,
        summary: `Rebook: ${clinic.name}, ${when}. ${reason}`,
        details: { reason, slotId: after.slotId, clinicId: after.clinicId, startsAt: after.startsAt.toISOString() },
        // It has to be sorted out before the patient would have turned up.
        dueBy: after.startsAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "appointment.needs-rebooking",
      entityType: "Appointment",
      entityId: after.id,
      patientId: after.patientId,
      before: auditView(before),
      after: { ...auditView(after), worklistTaskId: task.id },
    });
    await queueAppointmentMessage(tx, {
      patientId: after.patientId,
      appointmentId: after.id,
      referralId: after.referralId,
      template: "appointment-needs-rebooking",
      payload: { reason, clinicName: clinic.name, startsAt: after.startsAt.toISOString() },
    });
  }
  return appointments.length;
}
