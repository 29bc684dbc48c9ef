import { addWeeks } from "date-fns";
import { activatePifuInTransaction } from "../../pifu";
import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment, AppointmentKind, PifuPathway, WaitingListEntry } from "../../platform/db/generated/client";
import { formatCalendarDate, inLondon } from "../../platform/time/london";
import { notifyReferral } from "../../referrals/notify-referral";
import { recordRttEvent } from "../../referrals/rtt/record-rtt-event";
import { clockFromReferral } from "../../referrals/rtt/rtt-clock";
import { isRttCode, type RttCode } from "../../referrals/rtt/rtt-codes";
import { closeResolvedTasks } from "../../worklists";
import { auditView } from "./audit-view";
import { OutcomeNotAllowedError, RttChoiceError } from "./errors";
import { NO_RTT_CHANGE, proposeOutcomeRtt } from "./outcome-rtt";
import { recordOutcomeSchema, type RecordOutcomeInput } from "./schemas";
import { BOOKING_TRANSACTION } from "./slot-lock";
import { loadAppointment } from "./transition-appointment";

export type OutcomeResult = {
  appointment: Appointment;
  /** The follow-up (or treatment) to book, for FOLLOW_UP and ADDED_TO_TREATMENT_LIST. */
  waitingListEntry?: WaitingListEntry;
  /** The patient-initiated follow-up period, for PATIENT_INITIATED_FOLLOW_UP. */
  pifuPathway?: PifuPathway;
  /** The RTT status recorded, if the clock was running (PIFU records its own). */
  rttStatus: RttCode | null;
};

type OutcomeData = ReturnType<typeof recordOutcomeSchema.parse>;
type PathwayReferral = { id: string; serviceId: string; priority: WaitingListEntry["priority"]; status: string };

/**
 * Records the outcome of an appointment where the patient was seen and moves the
 * whole pathway on in the same transaction: the appointment (once only, guarded
 * update), the RTT clock (the status the rules propose, or the clinician's choice
 * from the allowed ones), the referral, the waiting list (a follow-up or treatment
 * entry, or removal on discharge), PIFU, the "outcome to record" task, the audit
 * event and the messages to the patient and referrer.
 */
export async function recordOutcome(client: Db, input: RecordOutcomeInput, actor: Actor, options: { now?: Date } = {}): Promise<OutcomeResult> {
  const data = recordOutcomeSchema.parse(input);
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const before = await loadAppointment(tx, data.appointmentId);
    if (before.status !== "SEEN" || before.outcome !== null) throw new OutcomeNotAllowedError();
    if (!before.referralId && (data.outcome === "FOLLOW_UP" || data.outcome === "PATIENT_INITIATED_FOLLOW_UP" || data.outcome === "ADDED_TO_TREATMENT_LIST")) {
      throw new OutcomeNotAllowedError("This outcome needs the referral this appointment belongs to. Link the referral first.");
    }
    const updated = await tx.appointment.updateMany({
      where: { id: before.id, status: "SEEN", outcome: null },
      data: { outcome: data.outcome, outcomeNote: data.note ?? null, followUpWeeks: data.outcome === "FOLLOW_UP" ? data.weeks : null },
    });
    if (updated.count !== 1) throw new OutcomeNotAllowedError();
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: before.id } });
    const kind = (await tx.appointmentType.findUniqueOrThrow({ where: { id: appointment.appointmentTypeId }, select: { kind: true } })).kind;
    const referral = appointment.referralId
      ? await tx.referral.findUniqueOrThrow({
          where: { id: appointment.referralId },
          select: { id: true, serviceId: true, priority: true, status: true, rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true },
        })
      : null;

    // PIFU activation records the RTT status the clinician confirmed in its own fields.
    const rttStatus = referral && data.outcome !== "PATIENT_INITIATED_FOLLOW_UP" ? await recordOutcomeRtt(tx, appointment, kind, referral, data, actor, now) : null;
    const result = { appointment, rttStatus, ...(referral ? await movePathwayOn(tx, appointment, referral, data, actor, now) : {}) };
    await closeResolvedTasks(tx, { appointmentId: appointment.id, kind: "RECORD_OUTCOME" }, `Outcome recorded: ${data.outcome.toLowerCase().replaceAll("_", " ")}`, actor, now);
    if (referral) await notifyOutcome(tx, referral.id, data, result.waitingListEntry);
    await recordAudit(tx, {
      actor,
      action: "appointment.outcome_recorded",
      entityType: "Appointment",
      entityId: appointment.id,
      patientId: appointment.patientId,
      before: auditView(before),
      after: { ...auditView(appointment), rttStatus, waitingListEntryId: result.waitingListEntry?.id, pifuPathwayId: result.pifuPathway?.id },
    });
    return result;
  }, BOOKING_TRANSACTION);
}

/** The RTT status for this outcome: the clinician's choice if allowed, else the proposal; nothing when the clock is not running. */
async function recordOutcomeRtt(
  tx: Tx,
  appointment: Appointment,
  kind: AppointmentKind,
  referral: { id: string; rttClockStartAt: Date | null; rttClockStopAt: Date | null; rttStatusCode: string | null },
  data: OutcomeData,
  actor: Actor,
  now: Date,
): Promise<RttCode | null> {
  const proposal = proposeOutcomeRtt(data.outcome, kind, clockFromReferral(referral));
  if (!proposal.proposed) {
    if (data.outcomeRttStatus && data.outcomeRttStatus !== NO_RTT_CHANGE) throw new RttChoiceError(proposal.why);
    return null;
  }
  const chosen = data.outcomeRttStatus ?? proposal.proposed;
  if (!isRttCode(chosen) || !proposal.choices.includes(chosen)) {
    throw new RttChoiceError(`Choose one of the RTT statuses offered for this outcome (${proposal.choices.join(", ")}).`);
  }
  const note = `Outcome: ${data.outcome.toLowerCase().replaceAll("_", " ")}`;
  // The status belongs to the appointment's date; if something was recorded after it, to now.
  const at = appointment.startsAt.getTime() <= now.getTime() ? appointment.startsAt : now;
  let recorded = await recordRttEvent(tx, { referralId: referral.id, code: chosen, occurredAt: at, note, recordedById: actor.userId });
  if (!recorded.ok && at !== now) recorded = await recordRttEvent(tx, { referralId: referral.id, code: chosen, occurredAt: now, note, recordedById: actor.userId });
  if (!recorded.ok) throw new RttChoiceError(recorded.reason);
  return chosen;
}

async function movePathwayOn(tx: Tx, appointment: Appointment, referral: PathwayReferral, data: OutcomeData, actor: Actor, now: Date): Promise<Omit<OutcomeResult, "appointment" | "rttStatus">> {
  switch (data.outcome) {
    case "DISCHARGED":
      await endPathway(tx, referral.id, "DISCHARGED", "Discharged at an outcome", now);
      return {};
    case "REFERRED_ELSEWHERE":
      await endPathway(tx, referral.id, "CLOSED", "Referred elsewhere", now);
      return {};
    case "ADDED_TO_TREATMENT_LIST":
      return { waitingListEntry: await addEntry(tx, appointment, referral, now, null) };
    case "FOLLOW_UP":
      return { waitingListEntry: await addEntry(tx, appointment, referral, now, londonDatePlusWeeks(appointment.startsAt, data.weeks)) };
    case "PATIENT_INITIATED_FOLLOW_UP": {
      // server/pifu owns activation: the pathway, referral ON_PIFU, the list, the RTT status and its letters.
      const pifuPathway = await activatePifuInTransaction(tx, { ...data, referralId: referral.id, fromAppointmentId: appointment.id }, { actor, clinicianId: appointment.clinicianId, now });
      return { pifuPathway };
    }
  }
}

/** The referral ends here: closed, and off every waiting list (a booked entry's appointment is left for staff to cancel). */
async function endPathway(tx: Tx, referralId: string, status: "DISCHARGED" | "CLOSED", reason: string, now: Date): Promise<void> {
  await tx.referral.updateMany({ where: { id: referralId, status: { notIn: ["DISCHARGED", "CLOSED", "REJECTED", "ADVICE_AND_GUIDANCE"] } }, data: { status } });
  await tx.waitingListEntry.updateMany({ where: { referralId, status: "WAITING" }, data: { status: "REMOVED", removedReason: reason, updatedAt: now } });
}

async function addEntry(tx: Tx, appointment: Appointment, referral: PathwayReferral, now: Date, dueBy: Date | null): Promise<WaitingListEntry> {
  return tx.waitingListEntry.create({
    data: {
      patientId: appointment.patientId,
      referralId: referral.id,
      serviceId: referral.serviceId,
      appointmentTypeId: await followUpTypeFor(tx, appointment.appointmentTypeId),
      kind: "FOLLOW_UP",
      priority: referral.priority,
      addedAt: now,
      dueBy,
    },
  });
}

/** What the patient (and, on discharge, the referrer) is told. PIFU's own letter is sent by PIFU activation. */
async function notifyOutcome(tx: Tx, referralId: string, data: OutcomeData, entry: WaitingListEntry | undefined): Promise<void> {
  switch (data.outcome) {
    case "DISCHARGED":
      await notifyReferral(tx, referralId, "patient", "referral-discharged");
      await notifyReferral(tx, referralId, "referrer", "referral-discharged-to-referrer", { explanation: data.note || "Care with the service is complete." });
      return;
    case "FOLLOW_UP":
      await notifyReferral(tx, referralId, "patient", "referral-follow-up", { dueDate: entry?.dueBy ? formatCalendarDate(entry.dueBy) : undefined });
      return;
    case "ADDED_TO_TREATMENT_LIST":
      await notifyReferral(tx, referralId, "patient", "referral-treatment-list");
      return;
    case "REFERRED_ELSEWHERE":
      await notifyReferral(tx, referralId, "patient", "referral-referred-elsewhere", { explanation: data.note });
      return;
    case "PATIENT_INITIATED_FOLLOW_UP":
      return;
  }
}

/** The service's follow-up appointment type, the same mode (in person, phone, video) when there is one. */
async function followUpTypeFor(tx: Tx, appointmentTypeId: string): Promise<string | null> {
  const seen = await tx.appointmentType.findUniqueOrThrow({ where: { id: appointmentTypeId }, select: { serviceId: true, mode: true } });
  const candidates = await tx.appointmentType.findMany({
    where: { serviceId: seen.serviceId, kind: "FOLLOW_UP", active: true },
    select: { id: true, mode: true },
    orderBy: { code: "asc" },
  });
  return (candidates.find((t) => t.mode === seen.mode) ?? candidates[0])?.id ?? null;
}

/** A calendar date (stored as UTC midnight) `weeks` after the London day of `instant`. */
function londonDatePlusWeeks(instant: Date, weeks: number): Date {
  const day = addWeeks(inLondon(instant), weeks);
  return new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
}
