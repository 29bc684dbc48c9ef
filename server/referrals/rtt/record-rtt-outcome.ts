import { z } from "zod";
import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { ReferralStatus } from "../../platform/db/generated/enums";
import { ReferralNotFoundError, RttEventNotAllowedError } from "../errors";
import { londonDateToInstant } from "../calendar-date";
import { recordRttEvent } from "./record-rtt-event";
import { clockFromReferral, missedAppointmentCode, type RttClock } from "./rtt-clock";
import type { RttCode } from "./rtt-codes";
import { multilineText, text } from "../../platform/forms/text";

/**
 * What a clinician or clerk records on a pathway outside triage, each mapped to
 * its national RTT status. Stops that end the referral (discharge, declined,
 * died) also close it and take the patient off the waiting list.
 */
export const RTT_OUTCOMES = {
  TREATMENT_STARTED: { code: "30", label: "First definitive treatment started", closes: null },
  ACTIVE_MONITORING_PATIENT: { code: "31", label: "Active monitoring, at the patient's request", closes: null },
  ACTIVE_MONITORING_CLINICIAN: { code: "32", label: "Active monitoring, clinician's decision", closes: null },
  DECISION_NOT_TO_TREAT: { code: "34", label: "Decision not to treat", closes: null },
  DISCHARGED: { code: "34", label: "Discharged back to the referrer without treatment", closes: "DISCHARGED" },
  PATIENT_DECLINED: { code: "35", label: "Patient declined treatment", closes: "CLOSED" },
  PATIENT_DIED: { code: "36", label: "Patient died before treatment", closes: "CLOSED" },
  MISSED_FIRST_APPOINTMENT: { code: null, label: "Did not attend the first appointment", closes: null },
  NEW_CLOCK: { code: null, label: "Start a new clock (patient came back after a nullified clock, or active monitoring ended)", closes: null },
} as const satisfies Record<string, { code: RttCode | null; label: string; closes: ReferralStatus | null }>;
export type RttOutcome = keyof typeof RTT_OUTCOMES;

/** The outcomes that make sense for a clock in this state, for forms (the rules still decide on submit). */
export function availableRttOutcomes(clock: Pick<RttClock, "state" | "statusCode">, hasMissedAppointment: boolean): { value: RttOutcome; label: string }[] {
  const state = clock.state;
  const monitoring = clock.statusCode === "31" || clock.statusCode === "32" || clock.statusCode === "91";
  const keys = (Object.keys(RTT_OUTCOMES) as RttOutcome[]).filter((key) => {
    if (key === "NEW_CLOCK") return state === "nullified" || (state === "stopped" && monitoring);
    if (key === "MISSED_FIRST_APPOINTMENT") return state === "running" && hasMissedAppointment;
    return state === "running";
  });
  return keys.map((value) => ({ value, label: RTT_OUTCOMES[value].label }));
}

export const recordRttOutcomeSchema = z.object({
  referralId: z.uuid(),
  outcome: z.enum(Object.keys(RTT_OUTCOMES) as [RttOutcome, ...RttOutcome[]], { message: "Choose what happened" }),
  /** The London date it happened, YYYY-MM-DD; today when omitted. */
  date: text().optional(),
  appointmentId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ message: "Choose the appointment that was missed" }).optional()),
  note: multilineText().trim().max(1000).optional().transform((v) => v || undefined),
});
export type RecordRttOutcomeInput = z.input<typeof recordRttOutcomeSchema>;

export type RttOutcomeResult = { code: RttCode; explanation: string };

/**
 * Records an RTT outcome with the rules of rtt-clock.ts: refused (with the reason)
 * when the clock's state does not allow it. A missed first appointment nullifies
 * the clock (33) only if it was the first appointment on the pathway and clearly
 * communicated (booked by the patient, or a confirmation was sent before it);
 * otherwise the clock continues (20), and the result says why.
 */
export async function recordRttOutcome(client: Db, input: RecordRttOutcomeInput, actor: Actor, options: { now?: Date } = {}): Promise<RttOutcomeResult> {
  const data = recordRttOutcomeSchema.parse(input);
  const now = options.now ?? new Date();
  const occurredAt = instantOf(data.date, now);
  return client.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id: data.referralId },
      select: { id: true, patientId: true, status: true, rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true },
    });
    if (!referral) throw new ReferralNotFoundError();
    const outcome = RTT_OUTCOMES[data.outcome];
    let code: RttCode;
    let explanation: string;
    let at = occurredAt;
    if (data.outcome === "MISSED_FIRST_APPOINTMENT") {
      const missed = await missedAppointmentFacts(tx, referral.id, data.appointmentId);
      code = missedAppointmentCode(missed);
      at = missed.startsAt;
      explanation =
        code === "33" ? "The clock is nullified: this wait no longer counts. If the patient comes back, start a new clock."
        : missed.wasNotBrought ? "The clock continues: a child who was not brought never restarts their wait. Consider safeguarding."
        : !missed.firstAppointment ? "The clock continues: only a missed first appointment can nullify it. Discharge needs a clinical decision."
        : "The clock continues: there is no record that the appointment was clearly communicated to the patient.";
    } else if (data.outcome === "NEW_CLOCK") {
      const clock = clockFromReferral(referral);
      code = clock.state === "stopped" && (clock.statusCode === "31" || clock.statusCode === "32" || clock.statusCode === "91") ? "11" : "10";
      explanation = "A new clock has started.";
    } else {
      code = outcome.code as RttCode;
      explanation = `${outcome.label}: the clock has stopped.`;
    }

    const recorded = await recordRttEvent(tx, { referralId: referral.id, code, occurredAt: at, note: data.note ?? outcome.label, recordedById: actor.userId });
    if (!recorded.ok) throw new RttEventNotAllowedError(recorded.reason);
    if (outcome.closes) await closeReferral(tx, referral.id, outcome.closes, outcome.label, now);
    if (data.outcome === "PATIENT_DIED") await tx.patient.updateMany({ where: { id: referral.patientId, diedAt: null }, data: { diedAt: at } });
    await recordAudit(tx, {
      actor,
      action: "referral.rtt_recorded",
      entityType: "Referral",
      entityId: referral.id,
      patientId: referral.patientId,
      before: { status: referral.status, rttStatusCode: referral.rttStatusCode },
      after: { outcome: data.outcome, rttStatusCode: code, occurredAt: at, status: outcome.closes ?? referral.status, note: data.note },
    });
    return { code, explanation };
  });
}

/** A date entered as today means now; a past date means the end of that London day (after anything else recorded that day). */
function instantOf(date: string | undefined, now: Date): Date {
  if (!date) return now;
  const start = londonDateToInstant(date);
  if (!start) throw new RttEventNotAllowedError("Enter a real date");
  const endOfDay = new Date(start.getTime() + 86_400_000 - 1);
  if (start.getTime() > now.getTime()) throw new RttEventNotAllowedError("The date must be today or in the past");
  return endOfDay.getTime() > now.getTime() ? now : endOfDay;
}

export async function missedAppointmentFacts(tx: Tx, referralId: string, appointmentId: string | undefined) {
  if (!appointmentId) throw new RttEventNotAllowedError("Choose the appointment that was missed");
  const appointments = await tx.appointment.findMany({
    where: { referralId, status: { notIn: ["CANCELLED_BY_PATIENT", "CANCELLED_BY_HOSPITAL"] } },
    orderBy: { startsAt: "asc" },
    select: { id: true, status: true, startsAt: true, bookingChannel: true, messages: { where: { status: { in: ["SENT", "READ"] } }, select: { sentAt: true, createdAt: true } } },
  });
  const missed = appointments.find((a) => a.id === appointmentId);
  if (!missed || (missed.status !== "DID_NOT_ATTEND" && missed.status !== "WAS_NOT_BROUGHT")) {
    throw new RttEventNotAllowedError("Choose an appointment of this referral that is recorded as did not attend or was not brought");
  }
  const bookedByPatient = missed.bookingChannel === "PATIENT_ONLINE" || missed.bookingChannel === "BOOKING_REFERENCE";
  const toldBeforehand = missed.messages.some((m) => (m.sentAt ?? m.createdAt).getTime() < missed.startsAt.getTime());
  return {
    startsAt: missed.startsAt,
    firstAppointment: appointments[0]?.id === missed.id,
    clearlyCommunicated: bookedByPatient || toldBeforehand,
    wasNotBrought: missed.status === "WAS_NOT_BROUGHT",
  };
}

async function closeReferral(tx: Tx, referralId: string, status: ReferralStatus, reason: string, now: Date): Promise<void> {
  await tx.referral.updateMany({ where: { id: referralId, status: { notIn: ["DISCHARGED", "CLOSED", "REJECTED", "ADVICE_AND_GUIDANCE"] } }, data: { status } });
  await tx.waitingListEntry.updateMany({ where: { referralId, status: "WAITING" }, data: { status: "REMOVED", removedReason: reason, updatedAt: now } });
}
