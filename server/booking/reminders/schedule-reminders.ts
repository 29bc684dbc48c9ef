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
  const reminders = dueReminders(appointment.startsAt, await reminderDaysBefore(tx), now);
  for (const { daysBefore, runAt } of reminders) {
    await enqueueJob(tx, {
      queue: REMINDER_QUEUE,
      payload: { appointmentId: appointment.id, daysBefore },
      runAt,
      uniqueKey: reminderJobKey(appointment.id, daysBefore),
    });
  }
  return reminders.map((r) => r.runAt);
}

/** The reminders an appointment gets: one per setting day, except those whose time has passed. */
export function dueReminders(startsAt: Date, daysBefore: readonly number[], now: Date): Array<{ daysBefore: number; runAt: Date }> {
  return daysBefore
    .map((days) => ({ daysBefore: days, runAt: new Date(startsAt.getTime() - days * 86_400_000) }))
    .filter((r) => r.runAt.getTime() > now.getTime());
}

export function reminderJobKey(appointmentId: string, daysBefore: number): string {
  return `${REMINDER_QUEUE}:${appointmentId}:${daysBefore}d`;
}
