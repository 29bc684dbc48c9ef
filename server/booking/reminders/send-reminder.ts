import { z } from "zod";
import type { Db } from "../../platform/db/client";
import type { JobHandler } from "../../platform/jobs/runner";
import { queuePatientMessage } from "../../messages/queue-patient-message";

const payloadSchema = z.object({ appointmentId: z.uuid(), daysBefore: z.number().int().positive() });

export type ReminderOutcome = "queued" | "skipped" | "already-queued";

/**
 * A reminder's job, run at its time: if the appointment is still booked and in
 * the future, the reminder goes into the outbox (and out by the send-message
 * job); a cancelled, moved or past appointment is skipped. Runs once per
 * appointment and reminder even if the job is retried.
 */
export async function queueAppointmentReminder(client: Db, input: { appointmentId: string; daysBefore: number }, now: Date): Promise<ReminderOutcome> {
  return client.$transaction(async (tx) => {
    // Locks the appointment so a cancellation at this moment either comes first (and we skip) or after.
    const rows = await tx.$queryRaw<{ id: string; status: string; startsAt: Date; patientId: string; referralId: string | null }[]>`
      SELECT "id", "status", "startsAt", "patientId", "referralId" FROM "Appointment" WHERE "id" = ${input.appointmentId}::uuid FOR SHARE`;
    const appointment = rows[0];
    if (!appointment || appointment.status !== "BOOKED" || appointment.startsAt.getTime() <= now.getTime()) return "skipped";
    const earlier = await tx.message.findFirst({
      where: { appointmentId: appointment.id, template: "appointment-reminder", payload: { path: ["daysBefore"], equals: input.daysBefore } },
      select: { id: true },
    });
    if (earlier) return "already-queued";
    await queuePatientMessage(tx, {
      patientId: appointment.patientId,
      appointmentId: appointment.id,
      referralId: appointment.referralId,
      template: "appointment-reminder",
      subject: "Reminder of your appointment",
      payload: { appointmentId: appointment.id, daysBefore: input.daysBefore },
    });
    return "queued";
  });
}

export const appointmentReminderJob: JobHandler = async (payload, { db, now }) => {
  await queueAppointmentReminder(db, payloadSchema.parse(payload), now);
};
