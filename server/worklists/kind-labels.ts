import type { WorklistTaskKind } from "../platform/db/generated/enums";

/** The one label for each kind of worklist task (client-safe: no database imports). */
export const worklistKindLabel: Record<WorklistTaskKind, string> = {
  APPOINTMENT_SLOT_ISSUE: "Appointment slot issue",
  NEEDS_REBOOKING: "Needs rebooking",
  CALL_BACK: "Call back",
  PIFU_REQUEST: "PIFU request",
  PIFU_REVIEW: "PIFU review",
  VALIDATION: "Validation",
  DNA_REVIEW: "Missed appointment review",
  RECORD_OUTCOME: "Outcome to record",
  RETURNED_MAIL: "Returned mail",
};

/** Why a task of each kind exists, in a sentence, for the worklist and the task page. */
export const worklistKindWhy: Record<WorklistTaskKind, string> = {
  APPOINTMENT_SLOT_ISSUE: "The patient found no suitable time online and is waiting for a call.",
  NEEDS_REBOOKING: "The appointment cannot go ahead as booked: find the patient a new time.",
  CALL_BACK: "Someone needs a call from the service.",
  PIFU_REQUEST: "A patient on patient-initiated follow-up asked to be seen.",
  PIFU_REVIEW: "A patient-initiated follow-up period needs a clinical review.",
  VALIDATION: "The waiting-list entry needs validating.",
  DNA_REVIEW: "The patient missed an appointment: a clinician decides whether to rebook or discharge.",
  RECORD_OUTCOME: "The patient was seen and the outcome has not been recorded yet.",
  RETURNED_MAIL: "A letter came back undelivered: check the patient's address, then the held letters print again.",
};

export const OPEN_TASK_STATUSES = ["OPEN", "IN_PROGRESS"] as const;
