import { addWeeks } from "date-fns";
import { activatePifuInTransaction } from "../../pifu";
import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment, PifuPathway, WaitingListEntry } from "../../platform/db/generated/client";
import { inLondon } from "../../platform/time/london";
import { auditView } from "./audit-view";
import { OutcomeNotAllowedError } from "./errors";
import { recordOutcomeSchema, type RecordOutcomeInput } from "./schemas";
import { BOOKING_TRANSACTION } from "./slot-lock";
import { loadAppointment } from "./transition-appointment";

export type OutcomeResult = {
  appointment: Appointment;
  /** The follow-up to book, for FOLLOW_UP. */
  waitingListEntry?: WaitingListEntry;
  /** The patient-initiated follow-up period, for PATIENT_INITIATED_FOLLOW_UP. */
  pifuPathway?: PifuPathway;
};

type OutcomeData = ReturnType<typeof recordOutcomeSchema.parse>;

/**
 * Records the outcome of an appointment where the patient was seen, from the one
 * standard set every service uses, and starts what it implies: discharge closes the
 * referral, a follow-up puts the patient on the follow-up waiting list due in N
 * weeks, PIFU opens a patient-initiated follow-up period (server/pifu). Once only (guarded update).
 */
export async function recordOutcome(client: Db, input: RecordOutcomeInput, actor: Actor, options: { now?: Date } = {}): Promise<OutcomeResult> {
  const data = recordOutcomeSchema.parse(input);
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const before = await loadAppointment(tx, data.appointmentId);
    if (before.status !== "SEEN" || before.outcome !== null) throw new OutcomeNotAllowedError();
    const updated = await tx.appointment.updateMany({
      where: { id: before.id, status: "SEEN", outcome: null },
      data: { outcome: data.outcome, outcomeNote: data.note ?? null, followUpWeeks: data.outcome === "FOLLOW_UP" ? data.weeks : null },
    });
    if (updated.count !== 1) throw new OutcomeNotAllowedError();
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: before.id } });
    const result = await applyOutcome(tx, appointment, data, actor, now);
    await recordAudit(tx, {
      actor,
      action: "appointment.outcome_recorded",
      entityType: "Appointment",
      entityId: appointment.id,
      patientId: appointment.patientId,
      before: auditView(before),
      after: { ...auditView(appointment), waitingListEntryId: result.waitingListEntry?.id, pifuPathwayId: result.pifuPathway?.id },
    });
    return result;
  }, BOOKING_TRANSACTION);
}

async function applyOutcome(tx: Tx, appointment: Appointment, data: OutcomeData, actor: Actor, now: Date): Promise<OutcomeResult> {
  const { referralId } = appointment;
  switch (data.outcome) {
    case "DISCHARGED":
      if (referralId) await tx.referral.update({ where: { id: referralId }, data: { status: "DISCHARGED" } });
      return { appointment };
    case "REFERRED_ELSEWHERE":
      if (referralId) await tx.referral.update({ where: { id: referralId }, data: { status: "CLOSED" } });
      return { appointment };
    case "ADDED_TO_TREATMENT_LIST":
      return { appointment };
    case "FOLLOW_UP": {
      const referralId = requireReferral(appointment);
      const referral = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { serviceId: true, priority: true } });
      const waitingListEntry = await tx.waitingListEntry.create({
        data: {
          patientId: appointment.patientId,
          referralId,
          serviceId: referral.serviceId,
          appointmentTypeId: await followUpTypeFor(tx, appointment.appointmentTypeId),
          kind: "FOLLOW_UP",
          priority: referral.priority,
          addedAt: now,
          dueBy: londonDatePlusWeeks(appointment.startsAt, data.weeks),
        },
      });
      return { appointment, waitingListEntry };
    }
    case "PATIENT_INITIATED_FOLLOW_UP": {
      const referralId = requireReferral(appointment);
      const pifuPathway = await activatePifuInTransaction(
        tx,
        { ...data, referralId, fromAppointmentId: appointment.id },
        { actor, clinicianId: appointment.clinicianId, now },
      );
      return { appointment, pifuPathway };
    }
  }
}

/** Follow-ups hang off a referral (the waiting list and PIFU both need one). */
function requireReferral(appointment: Appointment): string {
  if (!appointment.referralId) throw new OutcomeNotAllowedError("A follow-up needs the referral this appointment belongs to. Link the referral first.");
  return appointment.referralId;
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

