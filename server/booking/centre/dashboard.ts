import type { DbClient } from "../../platform/db/client";
import { addDays, startOfDay } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** The numbers on the booking-centre home: what needs doing today. */
export async function bookingCentreSummary(client: DbClient, now = new Date()) {
  const dayStart = startOfDay(new TZDate(now, "Europe/London"));
  const dayEnd = addDays(dayStart, 1);
  const [awaitingTriage, waiting, openTasks, appointmentsToday] = await Promise.all([
    client.referral.count({ where: { status: "AWAITING_TRIAGE" } }),
    client.waitingListEntry.count({ where: { status: "WAITING" } }),
    client.worklistTask.count({ where: { status: { in: ["OPEN", "IN_PROGRESS"] } } }),
    client.appointment.count({ where: { startsAt: { gte: dayStart, lt: dayEnd }, status: { in: ["BOOKED", "ARRIVED", "SEEN"] } } }),
  ]);
  return { awaitingTriage, waiting, openTasks, appointmentsToday };
}
