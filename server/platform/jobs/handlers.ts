import { sendMessageJob } from "../../messages/send-message";
import { appointmentReminderJob } from "../../booking/reminders/send-reminder";
import { REMINDER_QUEUE } from "../../booking/reminders/schedule-reminders";
import { GENERATE_SLOTS_QUEUE, generateSlotsJob } from "../../scheduling/generate-slots-job";
import { SIGN_IN_LINK_QUEUE, sendSignInLinkJob } from "../../identity/email-sign-in";
import { env } from "../config/env";
import { PRINT_BATCH_QUEUE, printBatchJob } from "../../messages/letters/print-batch-job";
import { PIFU_END_QUEUE, pifuEndOfPeriodJob } from "../../pifu";
import type { JobHandlers } from "./runner";

/**
 * Every queue the app processes and its handler. Capabilities register their
 * handlers here so one worker serves them all.
 */
export function jobHandlers(): JobHandlers {
  return {
    "send-message": sendMessageJob,
    [REMINDER_QUEUE]: appointmentReminderJob,
    [GENERATE_SLOTS_QUEUE]: generateSlotsJob,
    [SIGN_IN_LINK_QUEUE]: sendSignInLinkJob(env),
    [PRINT_BATCH_QUEUE]: printBatchJob,
    [PIFU_END_QUEUE]: pifuEndOfPeriodJob,
  };
}
