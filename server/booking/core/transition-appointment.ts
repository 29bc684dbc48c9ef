import type { DbClient, Tx } from "../../platform/db/client";
import type { Appointment, Prisma } from "../../platform/db/generated/client";
import type { AppointmentStatus } from "../../platform/db/generated/enums";
import { allowedFrom, canTransition } from "./appointment-status";
import { AppointmentNotFoundError, InvalidTransitionError } from "./errors";

/** Limits a load to one patient's appointments (patient-facing callers pass the session's patientId). */
export type AppointmentScope = { patientId?: string };

/** The appointment, or AppointmentNotFoundError when it does not exist or is outside the scope (fail closed). */
export async function loadAppointment(client: DbClient, appointmentId: string, scope: AppointmentScope = {}): Promise<Appointment> {
  const appointment = await client.appointment.findFirst({
    where: { id: appointmentId, ...(scope.patientId ? { patientId: scope.patientId } : {}) },
  });
  if (!appointment) throw new AppointmentNotFoundError();
  return appointment;
}

/**
 * Moves an appointment to `to` with a guarded update: the row changes only if its
 * status is still one `to` may follow, so of two clerks acting at once exactly one
 * wins and the other gets InvalidTransitionError naming the status it found.
 */
export async function transitionAppointment(
  tx: Tx,
  appointment: Appointment,
  to: AppointmentStatus,
  data: Omit<Prisma.AppointmentUpdateManyMutationInput, "status"> = {},
): Promise<Appointment> {
  if (!canTransition(appointment.status, to)) throw new InvalidTransitionError(appointment.status, to);
  const updated = await tx.appointment.updateMany({
    where: { id: appointment.id, status: { in: allowedFrom(to) } },
    data: { ...data, status: to },
  });
  const current = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
  if (updated.count !== 1) throw new InvalidTransitionError(current.status, to);
  return current;
}
