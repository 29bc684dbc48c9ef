import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { formatDateTime } from "../../platform/time/london";
import { closeResolvedTasks } from "../../worklists";
import { scheduleAppointmentReminders } from "../reminders/schedule-reminders";
import { auditView } from "./audit-view";
import { queueAppointmentMessage } from "./queue-appointment-message";

/**
 * What every new live appointment brings with it, in the booking's transaction:
 * its audit event, the confirmation in the outbox, and its reminders.
 */
export async function recordNewBooking(
  tx: Tx,
  appointment: Appointment,
  actor: Actor,
  now: Date,
  confirmationPayload?: Record<string, string>,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    action: "appointment.booked",
    entityType: "Appointment",
    entityId: appointment.id,
    patientId: appointment.patientId,
    after: auditView(appointment),
  });
  await queueAppointmentMessage(tx, {
    patientId: appointment.patientId,
    appointmentId: appointment.id,
    referralId: appointment.referralId,
    template: "appointment-confirmation",
    payload: confirmationPayload,
  });
  await scheduleAppointmentReminders(tx, appointment, now);
  await closeRebookingTasks(tx, appointment, actor, now);
}

/**
 * A booking resolves the tasks that were waiting for one: the patient's
 * "needs rebooking" and "appointment slot issue" tasks for this referral (or, with
 * no referral, for this service).
 */
export async function closeRebookingTasks(tx: Tx, appointment: Appointment, actor: Actor, now: Date): Promise<void> {
  const scope = appointment.referralId
    ? { referralId: appointment.referralId }
    : { patientId: appointment.patientId, service: { clinics: { some: { id: appointment.clinicId } } } };
  await closeResolvedTasks(
    tx,
    { ...scope, patientId: appointment.patientId, kind: { in: ["NEEDS_REBOOKING", "APPOINTMENT_SLOT_ISSUE"] } },
    `Booked for ${formatDateTime(appointment.startsAt)}`,
    actor,
    now,
  );
}
