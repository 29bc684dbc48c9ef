import { format } from "date-fns";
import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { formatDateTime, inLondon } from "../../platform/time/london";
import { createWorklistTask } from "../../worklists";
import { afterMissedAppointment } from "./missed-appointment";
import { auditView } from "./audit-view";
import { AttendanceTooEarlyError, DidNotAttendChildError, WasNotBroughtAdultError } from "./errors";
import { recordAttendanceSchema, type RecordAttendanceInput } from "./schemas";
import { BOOKING_TRANSACTION } from "./slot-lock";
import { loadAppointment, transitionAppointment } from "./transition-appointment";

/**
 * Records what happened at an appointment: arrived, seen, did not attend, or (for
 * children) was not brought, which is a safeguarding concern and flagged as one in
 * the audit trail. Each is a guarded transition (see appointment-status.ts).
 */
export async function recordAttendance(client: Db, input: RecordAttendanceInput, actor: Actor, options: { now?: Date } = {}): Promise<Appointment> {
  const data = recordAttendanceSchema.parse(input);
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const before = await loadAppointment(tx, data.appointmentId);
    assertNotTooEarly(before, data.status, now);
    let safeguarding = false;
    if (data.status === "WAS_NOT_BROUGHT" || data.status === "DID_NOT_ATTEND") {
      // A child does not miss an appointment: they are not brought, and that is a safeguarding concern.
      const patient = await tx.patient.findUniqueOrThrow({ where: { id: before.patientId }, select: { dateOfBirth: true } });
      const child = ageOn(patient.dateOfBirth, before.startsAt) < 18;
      if (data.status === "WAS_NOT_BROUGHT" && !child) throw new WasNotBroughtAdultError();
      if (data.status === "DID_NOT_ATTEND" && child) throw new DidNotAttendChildError();
      safeguarding = child;
    }
    const after = await transitionAppointment(tx, before, data.status);
    let next: string | undefined;
    if (data.status === "SEEN") {
      await afterSeen(tx, after, actor, now);
      next = "RECORD_OUTCOME";
    } else if (data.status === "WAS_NOT_BROUGHT" || data.status === "DID_NOT_ATTEND") {
      next = await afterMissedAppointment(tx, after, safeguarding, actor, now);
    }
    await recordAudit(tx, {
      actor,
      action: `appointment.${data.status.toLowerCase()}`,
      entityType: "Appointment",
      entityId: after.id,
      patientId: after.patientId,
      before: auditView(before),
      after: { ...auditView(after), next, ...(safeguarding ? { safeguardingFlag: true, safeguardingReason: "Child was not brought to the appointment" } : {}) },
    });
    return after;
  }, BOOKING_TRANSACTION);
}

/**
 * Seen: the wait this appointment was booked from is over, the referral shows as
 * seen, and until the outcome is recorded the appointment's clinician has an
 * "outcome to record" task (closed by recordOutcome).
 */
async function afterSeen(tx: Tx, appointment: Appointment, actor: Actor, now: Date): Promise<void> {
  if (appointment.referralId) await tx.referral.updateMany({ where: { id: appointment.referralId, status: "BOOKED" }, data: { status: "SEEN" } });
  if (appointment.waitingListEntryId) {
    await tx.waitingListEntry.updateMany({ where: { id: appointment.waitingListEntryId, status: "BOOKED" }, data: { status: "COMPLETED" } });
  }
  const [clinic, clinicianUser] = await Promise.all([
    tx.clinic.findUniqueOrThrow({ where: { id: appointment.clinicId }, select: { serviceId: true, name: true } }),
    tx.user.findFirst({ where: { clinicianId: appointment.clinicianId, active: true }, select: { id: true } }),
  ]);
  await createWorklistTask(
    tx,
    {
      kind: "RECORD_OUTCOME",
      patientId: appointment.patientId,
      serviceId: clinic.serviceId,
      referralId: appointment.referralId,
      appointmentId: appointment.id,
      assignedToId: clinicianUser?.id ?? null,
      summary: `Record the outcome: seen ${formatDateTime(appointment.startsAt)}, ${clinic.name}`,
      dueBy: new Date(Math.max(now.getTime(), appointment.endsAt.getTime()) + 2 * 86_400_000),
    },
    actor,
  );
}

/** A patient can arrive from the morning of the appointment day; the rest only once it has started. */
function assertNotTooEarly(appointment: Appointment, to: Appointment["status"], now: Date): void {
  if (to === "ARRIVED") {
    if (londonDay(now) < londonDay(appointment.startsAt)) throw new AttendanceTooEarlyError(to);
    return;
  }
  if (now.getTime() < appointment.startsAt.getTime()) throw new AttendanceTooEarlyError(to);
}

function londonDay(instant: Date): string {
  return format(inLondon(instant), "yyyy-MM-dd");
}

/**
 * Age in whole years on the (London) day of `on`. Someone born on 29 February
 * turns a year older on 1 March in other years, as in English law.
 */
export function ageOn(dateOfBirth: Date, on: Date): number {
  const [y, m, d] = londonDay(on).split("-").map(Number) as [number, number, number];
  const birthY = dateOfBirth.getUTCFullYear();
  const birthM = dateOfBirth.getUTCMonth() + 1;
  const birthD = dateOfBirth.getUTCDate();
  const hadBirthday = m > birthM || (m === birthM && d >= birthD);
  return y - birthY - (hadBirthday ? 0 : 1);
}
