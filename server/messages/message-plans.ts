import type { z } from "zod";
import type { DbClient } from "../platform/db/client";
import { getSetting, messagePlanSchema } from "../platform/settings/settings";

export type MessagePlan = z.infer<ReturnType<typeof messagePlanSchema>>;

/** Trusts fall back to print after 24–72 hours unread; 48 hours is the middle of that. */
export const DEFAULT_PLAN: MessagePlan = { letter: "after-unread", afterHours: 48, postageClass: "SECOND" };

/**
 * The plans each message type starts with. Urgent changes go by letter at once
 * (first class); reminders are digital only, because a letter posted two days
 * before would arrive too late (patients who only get post still get one).
 */
export const DEFAULT_MESSAGE_PLANS: Record<string, MessagePlan> = {
  "appointment-cancellation": { letter: "at-once", afterHours: 48, postageClass: "FIRST" },
  "appointment-needs-rebooking": { letter: "at-once", afterHours: 48, postageClass: "FIRST" },
  "appointment-reminder": { letter: "never", afterHours: 48, postageClass: "FIRST" },
  "referral-returned-to-referrer": { letter: "never", afterHours: 48, postageClass: "SECOND" },
  "referral-advice-to-referrer": { letter: "never", afterHours: 48, postageClass: "SECOND" },
};

export const planLabels: Record<MessagePlan["letter"], string> = {
  "after-unread": "Inbox and email now, letter if unread",
  "at-once": "Inbox, email and letter at once",
  never: "Inbox and email only",
};

export async function messagePlanFor(client: DbClient, template: string): Promise<MessagePlan> {
  const overrides = await getSetting(client, "messagePlans");
  return overrides[template] ?? DEFAULT_MESSAGE_PLANS[template] ?? DEFAULT_PLAN;
}

/** Calendar days from printing to the doormat, with a day's margin for printing (sent after 17:30 prints a day later). */
const DAYS_TO_ARRIVE: Record<MessagePlan["postageClass"], number> = { FIRST: 3, SECOND: 6, ECONOMY: 10 };

/**
 * When the letter goes to print, and by which class. A message with a deadline
 * (an invitation to respond by a date) prints early enough to arrive before it:
 * one in five people has had an invitation letter after the appointment date.
 */
export function letterTiming(plan: MessagePlan, now: Date, arriveBy?: Date): { printAfter: Date; postageClass: MessagePlan["postageClass"] } {
  const hour = 3_600_000;
  const day = 24 * hour;
  let printAfter = plan.letter === "after-unread" ? new Date(now.getTime() + plan.afterHours * hour) : now;
  let postageClass = plan.postageClass;
  if (arriveBy) {
    const latest = new Date(arriveBy.getTime() - DAYS_TO_ARRIVE[postageClass] * day);
    if (latest < printAfter) printAfter = latest < now ? now : latest;
    // Too late for this class even printed today: send it first class.
    if (now.getTime() + DAYS_TO_ARRIVE[postageClass] * day > arriveBy.getTime()) postageClass = "FIRST";
  }
  return { printAfter, postageClass };
}
