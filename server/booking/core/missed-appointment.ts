import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { getSetting } from "../../platform/settings/settings";
import { formatDateTime } from "../../platform/time/london";
import { notifyReferral } from "../../referrals/notify-referral";
import { missedAppointmentFacts } from "../../referrals/rtt/record-rtt-outcome";
import { recordRttEvent } from "../../referrals/rtt/record-rtt-event";
import { clockFromReferral, missedAppointmentCode } from "../../referrals/rtt/rtt-clock";
import type { RttCode } from "../../referrals/rtt/rtt-codes";
import { closeResolvedTasks, createWorklistTask, OPEN_TASK_STATUSES } from "../../worklists";
import { LIVE_STATUSES } from "./appointment-status";
import { MissedAppointmentDecisionError } from "./errors";
import { BOOKING_TRANSACTION } from "./slot-lock";
import { z } from "zod";

const DAY = 86_400_000;

/**
 * What happens the moment a missed appointment (did not attend, was not brought)
 * is recorded, in the attendance's transaction. The referral stops showing as
 * booked; then, per the service's access policy (setting missedAppointmentPolicy):
 * either a clinician reviews it (a DNA_REVIEW task, rebook or discharge), or an
 * adult's first miss goes straight back to the booking centre to rebook. A child
 * who was not brought is always reviewed, never discharged automatically.
 */
export async function afterMissedAppointment(tx: Tx, appointment: Appointment, child: boolean, actor: Actor, now: Date): Promise<"REVIEW" | "REBOOK"> {
  await releaseReferral(tx, appointment);
  const service = await tx.service.findFirstOrThrow({ where: { clinics: { some: { id: appointment.clinicId } } }, select: { id: true, code: true } });
  const policy = (await getSetting(tx, "missedAppointmentPolicy"))[service.code] ?? "CLINICIAN_REVIEW";
  const earlierMisses = await tx.appointment.count({
    where: {
      id: { not: appointment.id },
      status: { in: ["DID_NOT_ATTEND", "WAS_NOT_BROUGHT"] },
      ...(appointment.referralId ? { referralId: appointment.referralId } : { patientId: appointment.patientId, clinic: { serviceId: service.id } }),
    },
  });
  if (!child && policy === "REBOOK_ONCE" && earlierMisses === 0) {
    await rebook(tx, appointment, service.id, "Rebook after a missed appointment (the service's access policy allows one rebooking)", actor, now);
    return "REBOOK";
  }
  const clinicianUser = await tx.user.findFirst({ where: { clinicianId: appointment.clinicianId, active: true }, select: { id: true } });
  await createWorklistTask(
    tx,
    {
      kind: "DNA_REVIEW",
      patientId: appointment.patientId,
      serviceId: service.id,
      referralId: appointment.referralId,
      appointmentId: appointment.id,
      assignedToId: clinicianUser?.id ?? null,
      summary: `${child ? "Was not brought (safeguarding)" : "Did not attend"}: ${formatDateTime(appointment.startsAt)}${earlierMisses > 0 ? `. Missed ${earlierMisses + 1} appointments on this pathway` : ""}. Decide: rebook or discharge.`,
      details: { child, earlierMisses, startsAt: appointment.startsAt.toISOString() },
      dueBy: new Date(now.getTime() + 5 * DAY),
    },
    actor,
  );
  if (appointment.referralId) await notifyReferral(tx, appointment.referralId, "patient", "appointment-missed", { appointmentDate: formatDateTime(appointment.startsAt) });
  return "REVIEW";
}

export const missedAppointmentDecisionSchema = z.object({
  taskId: z.uuid({ message: "Choose a task from the worklist" }),
  decision: z.enum(["REBOOK", "DISCHARGE"], { message: "Select rebook or discharge" }),
  note: z.string().trim().max(1000).optional().transform((v) => v || undefined),
});
export type MissedAppointmentDecisionInput = z.input<typeof missedAppointmentDecisionSchema>;

/**
 * A clinician's decision on a missed appointment, in one transaction: the review
 * task closes with the decision, the RTT clock moves per the rules (a clearly
 * communicated first appointment nullifies it, 33; rebooking then starts a new
 * clock, 10, from today; otherwise discharge stops it, 34), and either the patient
 * goes back on the waiting list with a rebooking task for the booking centre, or
 * the referral is discharged and the patient and referrer are told.
 */
export async function decideMissedAppointment(client: Db, input: MissedAppointmentDecisionInput, actor: Actor, options: { now?: Date } = {}) {
  const data = missedAppointmentDecisionSchema.parse(input);
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const task = await tx.worklistTask.findUnique({ where: { id: data.taskId }, include: { appointment: true } });
    if (!task || task.kind !== "DNA_REVIEW" || !task.appointment) throw new MissedAppointmentDecisionError("We could not find that missed-appointment review.");
    const outcome = data.decision === "REBOOK" ? "Decision: rebook" : "Decision: discharge to the referrer";
    const closed = await tx.worklistTask.updateMany({
      where: { id: task.id, status: { in: [...OPEN_TASK_STATUSES] } },
      data: { status: "DONE", closedAt: now, closedById: actor.userId, outcome: data.note ? `${outcome}. ${data.note}` : outcome },
    });
    if (closed.count !== 1) throw new MissedAppointmentDecisionError("This review has already been decided.");
    const appointment = task.appointment;
    const serviceId = task.serviceId ?? (await tx.clinic.findUniqueOrThrow({ where: { id: appointment.clinicId }, select: { serviceId: true } })).serviceId;
    const rtt = data.decision === "REBOOK" ? await rebook(tx, appointment, serviceId, data.note ?? "Rebook after a missed appointment", actor, now) : await discharge(tx, appointment, data.note, actor, now);
    await recordAudit(tx, {
      actor,
      action: `appointment.missed_decision.${data.decision.toLowerCase()}`,
      entityType: "WorklistTask",
      entityId: task.id,
      patientId: task.patientId,
      before: { status: task.status },
      after: { status: "DONE", decision: data.decision, note: data.note, rttStatus: rtt, appointmentId: appointment.id },
    });
    return { decision: data.decision, rttStatus: rtt };
  }, BOOKING_TRANSACTION);
}

/** Back on the waiting list with a rebooking task; a nullified clock restarts from today. */
async function rebook(tx: Tx, appointment: Appointment, serviceId: string, reason: string, actor: Actor, now: Date): Promise<RttCode | null> {
  let rtt: RttCode | null = null;
  if (appointment.referralId) {
    rtt = await missedRtt(tx, appointment, null, actor, now);
    if (rtt === "33") {
      const restarted = await recordRttEvent(tx, { referralId: appointment.referralId, code: "10", occurredAt: now, note: "New clock: rebooked after a missed first appointment", recordedById: actor.userId });
      if (restarted.ok) rtt = "10";
    }
    const reopened = appointment.waitingListEntryId
      ? await tx.waitingListEntry.updateMany({ where: { id: appointment.waitingListEntryId, status: { in: ["BOOKED", "COMPLETED"] } }, data: { status: "WAITING" } })
      : { count: 0 };
    if (reopened.count === 0 && (await tx.waitingListEntry.count({ where: { referralId: appointment.referralId, status: "WAITING" } })) === 0) {
      const [referral, type] = await Promise.all([
        tx.referral.findUniqueOrThrow({ where: { id: appointment.referralId }, select: { priority: true } }),
        tx.appointmentType.findUniqueOrThrow({ where: { id: appointment.appointmentTypeId }, select: { kind: true } }),
      ]);
      await tx.waitingListEntry.create({
        data: { patientId: appointment.patientId, referralId: appointment.referralId, serviceId, appointmentTypeId: appointment.appointmentTypeId, kind: type.kind, priority: referral.priority, addedAt: now },
      });
    }
    await notifyReferral(tx, appointment.referralId, "patient", "appointment-missed-rebook", { appointmentDate: formatDateTime(appointment.startsAt) });
  }
  await createWorklistTask(
    tx,
    {
      kind: "NEEDS_REBOOKING",
      patientId: appointment.patientId,
      serviceId,
      referralId: appointment.referralId,
      appointmentId: appointment.id,
      summary: `Rebook: missed ${formatDateTime(appointment.startsAt)}. ${reason}`,
      details: { reason, missedAppointmentId: appointment.id },
      dueBy: new Date(now.getTime() + 5 * DAY),
    },
    actor,
  );
  return rtt;
}

/** Discharged back to the referrer: the referral closes, leaves every list, and patient and referrer are told. */
async function discharge(tx: Tx, appointment: Appointment, note: string | undefined, actor: Actor, now: Date): Promise<RttCode | null> {
  if (!appointment.referralId) return null;
  const rtt = await missedRtt(tx, appointment, "34", actor, now);
  const referralId = appointment.referralId;
  await tx.referral.updateMany({ where: { id: referralId, status: { notIn: ["DISCHARGED", "CLOSED", "REJECTED", "ADVICE_AND_GUIDANCE"] } }, data: { status: "DISCHARGED" } });
  await tx.waitingListEntry.updateMany({ where: { referralId, status: { in: ["WAITING", "BOOKED"] } }, data: { status: "REMOVED", removedReason: "Discharged after a missed appointment", updatedAt: now } });
  await closeResolvedTasks(tx, { referralId, kind: { in: ["NEEDS_REBOOKING", "APPOINTMENT_SLOT_ISSUE"] } }, "Discharged after a missed appointment", actor, now);
  const explanation = `Did not attend the appointment on ${formatDateTime(appointment.startsAt)}.${note ? ` ${note}` : ""}`;
  await notifyReferral(tx, referralId, "patient", "referral-discharged", { explanation });
  await notifyReferral(tx, referralId, "referrer", "referral-discharged-to-referrer", { explanation });
  return rtt;
}

/**
 * The RTT status of a missed appointment while the clock runs: 33 (nullified, dated
 * at the appointment) when it was the first, clearly communicated and the patient
 * an adult; otherwise `otherwise` (34 on discharge) or nothing (the clock runs on).
 */
async function missedRtt(tx: Tx, appointment: Appointment, otherwise: RttCode | null, actor: Actor, now: Date): Promise<RttCode | null> {
  const referralId = appointment.referralId!;
  const referral = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true } });
  if (clockFromReferral(referral).state !== "running") return null;
  const facts = await missedAppointmentFacts(tx, referralId, appointment.id);
  if (missedAppointmentCode(facts) === "33") {
    const nullified = await recordRttEvent(tx, { referralId, code: "33", occurredAt: appointment.startsAt, note: "Did not attend the first appointment", recordedById: actor.userId });
    if (nullified.ok) return "33";
  }
  if (!otherwise) return null;
  const stopped = await recordRttEvent(tx, { referralId, code: otherwise, occurredAt: now, note: "Discharged after a missed appointment", recordedById: actor.userId });
  return stopped.ok ? otherwise : null;
}

/** A referral booked only for this appointment is no longer booked. */
async function releaseReferral(tx: Tx, appointment: Appointment): Promise<void> {
  if (!appointment.referralId) return;
  const live = await tx.appointment.count({ where: { referralId: appointment.referralId, status: { in: [...LIVE_STATUSES] } } });
  if (live === 0) await tx.referral.updateMany({ where: { id: appointment.referralId, status: "BOOKED" }, data: { status: "ACCEPTED" } });
}
