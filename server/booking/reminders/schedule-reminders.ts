import type { DbClient, Tx } from "../../platform/db/client";
import { enqueueJob } from "../../platform/jobs/queue";
import { getSetting } from "../../platform/settings/settings";

export const REMINDER_QUEUE = "appointment-reminder";

/** Days before an appointment that reminders go out: local policy, the `reminderDaysBefore` setting (7 and 2 by default). */
export async function reminderDaysBefore(client: DbClient): Promise<readonly number[]> {
  return getSetting(client, "reminderDaysBefore");
}

/**
 * Queues the appointment's reminders as jobs that run at their time: durable
 * rows written in the booking's own transaction, so they survive restarts and
 * run on whichever instance is free. A reminder whose time has already passed
 * (a booking made 3 days ahead gets no 7-day reminder) is not queued. The
 * unique key keeps one job per appointment and reminder, however often this runs.
 */
export async function scheduleAppointmentReminders(tx: Tx, appointment: { id: string; startsAt: Date }, now: Date): Promise<Date[]> {
  const scheduled: Date[] = [];
  for (const days of await reminderDaysBefore(tx)) {
    const runAt = new Date(appointment.startsAt.getTime() - days * 86_400_000);
    if (runAt.getTime() <= now.getTime()) continue;
    await enqueueJob(tx, {
      queue: REMINDER_QUEUE,
      payload: { appointmentId: appointment.id, daysBefore: days },
      runAt,
      uniqueKey: reminderJobKey(appointment.id, days),
    });
    scheduled.push(runAt);
  }
  return scheduled;
}

export function reminderJobKey(appointmentId: string, daysBefore: number): string {
  return `${REMINDER_QUEUE}:${appointmentId}:${daysBefore}d`;
}
