import { loadAppointmentDetails, type AppointmentDetails } from "../appointments/appointment-details";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db, DbClient } from "../../platform/db/client";
import { linkScope, type SelfBookingScope } from "../self-service/scope";
import { verifyBookingLinkToken, type BookingLink } from "./booking-link";

export type LinkedAppointment =
  | { ok: true; link: BookingLink; appointment: AppointmentDetails; scope: SelfBookingScope }
  | { ok: false; reason: "INVALID" | "EXPIRED" };

/**
 * The appointment a reminder link is for, and a scope limited to it. An invalid
 * or expired link, or one whose appointment no longer exists, opens nothing.
 */
export async function loadLinkedAppointment(client: DbClient, token: string, secret: string, now: Date): Promise<LinkedAppointment> {
  const checked = verifyBookingLinkToken(token, secret, now);
  if (!checked.ok) return checked;
  const appointment = await loadAppointmentDetails(client, checked.link.appointmentId);
  if (!appointment) return { ok: false, reason: "INVALID" };
  return { ok: true, link: checked.link, appointment, scope: linkScope(appointment) };
}

/** The appointment this one was moved to, if the patient has rescheduled it. */
export async function rescheduledTo(client: DbClient, appointmentId: string, patientId: string) {
  const next = await client.appointment.findFirst({ where: { rescheduledFromId: appointmentId, patientId }, select: { id: true } });
  return next ? loadAppointmentDetails(client, next.id, { patientId }) : null;
}

/**
 * The patient says they will come: recorded once (a guarded update), audited,
 * and shown to staff. Only for an appointment still booked.
 */
export async function confirmAttendance(client: Db, scope: SelfBookingScope, appointmentId: string, now = new Date()): Promise<"confirmed" | "already-confirmed" | "not-booked"> {
  if (scope.appointmentId && scope.appointmentId !== appointmentId) return "not-booked";
  return client.$transaction(async (tx) => {
    const updated = await tx.appointment.updateMany({
      where: { id: appointmentId, patientId: scope.patientId, status: "BOOKED", patientConfirmedAt: null },
      data: { patientConfirmedAt: now },
    });
    if (updated.count === 0) {
      const current = await tx.appointment.findFirst({ where: { id: appointmentId, patientId: scope.patientId }, select: { status: true, patientConfirmedAt: true } });
      return current?.status === "BOOKED" && current.patientConfirmedAt ? "already-confirmed" : "not-booked";
    }
    await recordAudit(tx, { actor: scope.actor, action: "appointment.confirmed-by-patient", entityType: "Appointment", entityId: appointmentId, patientId: scope.patientId, after: { patientConfirmedAt: now } });
    return "confirmed";
  });
}
