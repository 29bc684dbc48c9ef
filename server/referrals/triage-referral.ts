import { randomInt } from "node:crypto";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import { databaseErrorInfo } from "../booking/core/errors";
import type { Db, Tx } from "../platform/db/client";
import type { ReferralPriority, ReferralStatus, SurgicalPriority } from "../platform/db/generated/enums";
import type { Prisma } from "../platform/db/generated/client";
import { recordRttEvent } from "./rtt/record-rtt-event";
import type { RttCode } from "./rtt/rtt-codes";
import { formatShortDate } from "../platform/time/london";
import { REFERRAL_TRANSACTION } from "./create-referral";
import { AlreadyTriagedError, ReferralNotFoundError, TriageNotAllowedError } from "./errors";
import { queueReferralMessage } from "./queue-referral-message";
import { triageReferralSchema, type TriageReferralData, type TriageReferralInput } from "./triage-schemas";

/** Referrals a clinician may triage: new ones, and ones another service redirected here. */
export const TRIAGEABLE_STATUSES: ReferralStatus[] = ["AWAITING_TRIAGE", "REDIRECTED"];

export type TriageResult = { referralId: string; status: ReferralStatus; waitingListEntryId?: string };

/**
 * Records a clinician's triage decision. The referral moves on only from a
 * triageable status, by a guarded update (`… WHERE status IN (…)`), so of two
 * decisions made at once exactly one wins and an accepted referral can never
 * afterwards be rejected. In the same transaction: the RTT status (20 continues
 * the clock for accept and redirect; 34 stops it for reject and advice), the
 * waiting-list entry for an accepted referral, the audit event, and the messages
 * to the patient (and the referrer, when it goes back to them).
 */
export async function triageReferral(client: Db, input: TriageReferralInput, actor: Actor, options: { now?: Date } = {}): Promise<TriageResult> {
  const data = triageReferralSchema.parse(input);
  const now = options.now ?? new Date();
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.$transaction((tx) => triageInTransaction(tx, data, actor, now), REFERRAL_TRANSACTION);
    } catch (error) {
      const info = databaseErrorInfo(error);
      // Generated booking references almost never clash; when one does, try a new one.
      if (info?.sqlState === "23505" && info.constraint === "Referral_bookingReference_key" && attempt < 3) continue;
      throw error;
    }
  }
}

async function triageInTransaction(tx: Tx, data: TriageReferralData, actor: Actor, now: Date): Promise<TriageResult> {
  const before = await tx.referral.findUnique({
    where: { id: data.referralId },
    select: {
      id: true, status: true, priority: true, clinicalPriority: true, serviceId: true, originalServiceId: true, receivedAt: true, patientId: true,
      referrerName: true, rttStatusCode: true,
      service: { select: { id: true, name: true, contactPhone: true, usesSurgicalPriorities: true } },
      patient: { select: { givenName: true, familyName: true, nhsNumber: true } },
    },
  });
  if (!before) throw new ReferralNotFoundError();
  if (!TRIAGEABLE_STATUSES.includes(before.status)) throw new AlreadyTriagedError(before.status);

  const common = { triagedAt: now, triagedById: actor.userId };
  const payload = {
    patientName: `${before.patient.givenName} ${before.patient.familyName}`,
    serviceName: before.service.name,
    contactPhone: before.service.contactPhone,
    trackerPath: `/patient/referrals/${before.id}`,
    referrerName: before.referrerName,
    nhsNumber: before.patient.nhsNumber,
    receivedDate: formatShortDate(before.receivedAt),
  };
  let status: ReferralStatus;
  let waitingListEntryId: string | undefined;
  let after: Record<string, unknown>;

  switch (data.outcome) {
    case "ACCEPT": {
      const priorities = acceptedPriorities(before.service.usesSurgicalPriorities, before.priority, data.priority, data.clinicalPriority);
      const appointmentTypeId = await newAppointmentType(tx, before.serviceId, data.appointmentTypeId);
      const bookingReference = newBookingReference();
      status = "ACCEPTED";
      await guardedUpdate(tx, before.id, { ...common, status, priority: priorities.priority, clinicalPriority: priorities.clinicalPriority, triageNote: data.note ?? null, bookingReference });
      await continueClock(tx, before.id, "20", now, "Accepted at triage", actor);
      const entry = await tx.waitingListEntry.create({
        data: {
          patientId: before.patientId,
          referralId: before.id,
          serviceId: before.serviceId,
          appointmentTypeId,
          kind: "NEW",
          priority: priorities.waitingListPriority,
          addedAt: now,
        },
        select: { id: true },
      });
      waitingListEntryId = entry.id;
      await queueReferralMessage(tx, { referralId: before.id, to: "patient", template: "referral-accepted", payload: { ...payload, bookingReference } });
      after = { status, priority: priorities.priority, clinicalPriority: priorities.clinicalPriority, bookingReference, waitingListEntryId, appointmentTypeId };
      break;
    }
    case "REJECT": {
      status = "REJECTED";
      await guardedUpdate(tx, before.id, { ...common, status, rejectionReason: data.reason, triageNote: data.reason });
      await continueClock(tx, before.id, "34", now, "Returned to the referrer at triage", actor);
      await queueReferralMessage(tx, { referralId: before.id, to: "patient", template: "referral-rejected", payload: { ...payload, explanation: data.reason } });
      await queueReferralMessage(tx, { referralId: before.id, to: "referrer", template: "referral-returned-to-referrer", payload: { ...payload, explanation: data.reason } });
      after = { status, rejectionReason: data.reason };
      break;
    }
    case "REDIRECT": {
      const target = await tx.service.findUnique({ where: { id: data.serviceId }, select: { id: true, name: true, active: true } });
      if (!target || !target.active) throw new TriageNotAllowedError("Choose a service that is taking referrals", "serviceId");
      if (target.id === before.serviceId) throw new TriageNotAllowedError("Choose a different service from the one the referral is with", "serviceId");
      status = "REDIRECTED";
      // The first service stays the original however many times it moves: the clock and pathway are the same.
      const originalServiceId = before.originalServiceId ?? before.serviceId;
      await guardedUpdate(tx, before.id, { ...common, status, serviceId: target.id, originalServiceId, triageNote: data.note });
      await continueClock(tx, before.id, "20", now, `Redirected from ${before.service.name} to ${target.name} at triage`, actor);
      await queueReferralMessage(tx, { referralId: before.id, to: "patient", template: "referral-redirected", payload: { ...payload, newServiceName: target.name } });
      after = { status, serviceId: target.id, originalServiceId, triageNote: data.note };
      break;
    }
    case "ADVICE_AND_GUIDANCE": {
      status = "ADVICE_AND_GUIDANCE";
      await guardedUpdate(tx, before.id, { ...common, status, triageNote: data.advice });
      await continueClock(tx, before.id, "34", now, "Advice and guidance given to the referrer instead of an appointment", actor);
      await queueReferralMessage(tx, { referralId: before.id, to: "patient", template: "referral-advice-and-guidance", payload });
      await queueReferralMessage(tx, { referralId: before.id, to: "referrer", template: "referral-advice-to-referrer", payload: { ...payload, explanation: data.advice } });
      after = { status, triageNote: data.advice };
      break;
    }
  }
  const rtt = await tx.referral.findUniqueOrThrow({ where: { id: before.id }, select: { rttStatusCode: true } });
  await recordAudit(tx, {
    actor,
    action: `referral.triaged.${data.outcome.toLowerCase()}`,
    entityType: "Referral",
    entityId: before.id,
    patientId: before.patientId,
    before: { status: before.status, priority: before.priority, clinicalPriority: before.clinicalPriority, serviceId: before.serviceId, rttStatusCode: before.rttStatusCode },
    after: { ...after, rttStatusCode: rtt.rttStatusCode },
  });
  return { referralId: before.id, status, waitingListEntryId };
}

/** Moves the referral on only if it is still triageable: the database decides races, not our earlier read. */
async function guardedUpdate(tx: Tx, referralId: string, data: Prisma.ReferralUncheckedUpdateManyInput): Promise<void> {
  const updated = await tx.referral.updateMany({ where: { id: referralId, status: { in: TRIAGEABLE_STATUSES } }, data });
  if (updated.count === 1) return;
  const current = await tx.referral.findUnique({ where: { id: referralId }, select: { status: true } });
  if (!current) throw new ReferralNotFoundError();
  throw new AlreadyTriagedError(current.status);
}

async function continueClock(tx: Tx, referralId: string, code: RttCode, at: Date, note: string, actor: Actor): Promise<void> {
  const result = await recordRttEvent(tx, { referralId, code, occurredAt: at, note, recordedById: actor.userId });
  // Triage always follows a running clock; anything else is a data fault worth stopping for.
  if (!result.ok) throw new TriageNotAllowedError(`The RTT clock of this referral cannot be updated: ${result.reason}`);
}

type AcceptedPriorities = { priority: ReferralPriority; clinicalPriority: SurgicalPriority | null; waitingListPriority: ReferralPriority };

/**
 * Services that use surgical priorities accept with P1a–P4; the others with
 * routine, urgent or two-week wait. The waiting list orders by e-RS priority, so
 * P1a–P2 wait as urgent and P3–P4 as routine (a two-week-wait referral stays one).
 */
export function acceptedPriorities(
  usesSurgicalPriorities: boolean,
  referred: ReferralPriority,
  priority: ReferralPriority | undefined,
  clinicalPriority: SurgicalPriority | undefined,
): AcceptedPriorities {
  if (usesSurgicalPriorities) {
    if (!clinicalPriority) throw new TriageNotAllowedError("Choose a surgical priority (P1a to P4)", "clinicalPriority");
    const urgent = clinicalPriority === "P1A" || clinicalPriority === "P1B" || clinicalPriority === "P2";
    const waitingListPriority = referred === "TWO_WEEK_WAIT" ? "TWO_WEEK_WAIT" : urgent ? "URGENT" : "ROUTINE";
    return { priority: referred, clinicalPriority, waitingListPriority };
  }
  if (!priority) throw new TriageNotAllowedError("Choose a priority: routine, urgent or two-week wait", "priority");
  return { priority, clinicalPriority: null, waitingListPriority: priority };
}

/** The appointment type the patient waits for: the one chosen, else the service's first in-person new appointment. */
async function newAppointmentType(tx: Tx, serviceId: string, chosen: string | undefined): Promise<string | null> {
  const types = await tx.appointmentType.findMany({
    where: { serviceId, kind: "NEW", active: true },
    select: { id: true, mode: true },
    orderBy: { code: "asc" },
  });
  if (chosen) {
    if (!types.some((t) => t.id === chosen)) throw new TriageNotAllowedError("Choose a new-appointment type of this service", "appointmentTypeId");
    return chosen;
  }
  return (types.find((t) => t.mode === "IN_PERSON") ?? types[0])?.id ?? null;
}

/** Letters and digits people do not misread (no 0/O, 1/I/L). */
const BOOKING_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newBookingReference(): string {
  return Array.from({ length: 8 }, () => BOOKING_REFERENCE_ALPHABET[randomInt(0, BOOKING_REFERENCE_ALPHABET.length)]).join("");
}
