import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { LIVE_STATUSES } from "./appointment-status";
import { auditView } from "./audit-view";
import { isReferralClosed } from "./closed-referral";
import { BookingError, mapDatabaseError } from "./errors";
import { queueAppointmentMessage } from "./queue-appointment-message";
import { cancelAppointmentSchema, type CancelAppointmentInput } from "./schemas";
import { BOOKING_TRANSACTION } from "./slot-lock";
import { loadAppointment, transitionAppointment, type AppointmentScope } from "./transition-appointment";

export const cancelStatus = { PATIENT: "CANCELLED_BY_PATIENT", HOSPITAL: "CANCELLED_BY_HOSPITAL" } as const;

/**
 * Cancels a live appointment. The slot is free the moment this commits (the
 * database's trigger lowers its count), the patient goes back on the waiting list
 * and the cancellation is audited and sent through the outbox.
 */
export async function cancelAppointment(
  client: Db,
  input: CancelAppointmentInput,
  actor: Actor,
  scope: AppointmentScope = {},
): Promise<Appointment> {
  const data = cancelAppointmentSchema.parse(input);
  try {
    return await client.$transaction(async (tx) => {
      const before = await loadAppointment(tx, data.appointmentId, scope);
      const after = await transitionAppointment(tx, before, cancelStatus[data.requestedBy], { cancelReason: data.reason });
      await returnToWaitingList(tx, after);
      await recordAudit(tx, {
        actor,
        action: "appointment.cancelled",
        entityType: "Appointment",
        entityId: after.id,
        patientId: after.patientId,
        before: auditView(before),
        after: { ...auditView(after), requestedBy: data.requestedBy },
      });
      await queueAppointmentMessage(tx, {
        patientId: after.patientId,
        appointmentId: after.id,
        referralId: after.referralId,
        template: "appointment-cancellation",
      });
      return after;
    }, BOOKING_TRANSACTION);
  } catch (error) {
    throw error instanceof BookingError ? error : mapDatabaseError(error);
  }
}

/**
 * The patient still needs to be seen: their waiting-list entry is WAITING again,
 * and a referral that was BOOKED only for this appointment is ACCEPTED again.
 */
export async function returnToWaitingList(tx: Tx, appointment: Appointment): Promise<void> {
  const reopened = appointment.waitingListEntryId
    ? await tx.waitingListEntry.updateMany({ where: { id: appointment.waitingListEntryId, status: "BOOKED" }, data: { status: "WAITING" } })
    : { count: 0 };
  if (appointment.referralId) {
    const stillBooked = await tx.appointment.count({
      where: { referralId: appointment.referralId, status: { in: [...LIVE_STATUSES] } },
    });
    if (stillBooked === 0) {
      await tx.referral.updateMany({ where: { id: appointment.referralId, status: "BOOKED" }, data: { status: "ACCEPTED" } });
      if (reopened.count === 0) await putBackOnList(tx, appointment, appointment.referralId);
    }
  }
}

/** An appointment booked without a waiting-list entry still leaves the patient waiting: give the open referral one. */
async function putBackOnList(tx: Tx, appointment: Appointment, referralId: string): Promise<void> {
  const referral = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { status: true, serviceId: true, priority: true } });
  if (isReferralClosed(referral.status) || referral.status === "ON_PIFU") return;
  if ((await tx.waitingListEntry.count({ where: { referralId, status: "WAITING" } })) > 0) return;
  const type = await tx.appointmentType.findUniqueOrThrow({ where: { id: appointment.appointmentTypeId }, select: { kind: true } });
  await tx.waitingListEntry.create({
    data: { patientId: appointment.patientId, referralId, serviceId: referral.serviceId, appointmentTypeId: appointment.appointmentTypeId, kind: type.kind, priority: referral.priority, addedAt: new Date() },
  });
}
