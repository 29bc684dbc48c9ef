import { DomainError } from "../../platform/errors/domain-error";
import type { AppointmentStatus } from "../../platform/db/generated/enums";
import type { FreeSlot } from "./find-slots";
import { statusLabel } from "./appointment-status";

/**
 * Expected booking failures. Their messages are written for the person booking
 * and may be shown as they are; anything else is a bug, logged and shown as a
 * generic message by the caller.
 */
export abstract class BookingError extends DomainError {}

export class SlotTakenError extends BookingError {
  readonly code = "SLOT_TAKEN";
  /** Up to five free slots of the same appointment type, soonest first. */
  constructor(readonly alternatives: FreeSlot[] = []) {
    super("This slot has just been taken. Choose another time.");
    this.name = "SlotTakenError";
  }
}

export type NotBookableReason =
  | "NOT_FOUND"
  | "NOT_AVAILABLE"
  | "IN_PAST"
  | "TOO_SOON"
  | "TOO_FAR_AHEAD"
  | "STAFF_ONLY"
  | "SAME_SLOT"
  | "OTHER_SERVICE";

const notBookableMessages: Record<NotBookableReason, string> = {
  NOT_FOUND: "This time is no longer available. Choose another time.",
  NOT_AVAILABLE: "This time is no longer available. Choose another time.",
  IN_PAST: "This time has already passed. Choose another time.",
  TOO_SOON: "This time is too soon to book online. Choose a later time or call the service.",
  TOO_FAR_AHEAD: "This time is too far ahead to book online. Choose an earlier time.",
  STAFF_ONLY: "This appointment can only be booked by the service. Call the service to book it.",
  SAME_SLOT: "This is the time already booked. Choose a different time.",
  OTHER_SERVICE: "This time is for a different service. Choose a time from the same service.",
};

export class SlotNotBookableError extends BookingError {
  readonly code = "SLOT_NOT_BOOKABLE";
  constructor(readonly reason: NotBookableReason) {
    super(notBookableMessages[reason]);
    this.name = "SlotNotBookableError";
  }
}

export class PatientDoubleBookedError extends BookingError {
  readonly code = "PATIENT_DOUBLE_BOOKED";
  constructor() {
    super("The patient already has an appointment at this time. Choose another time.");
    this.name = "PatientDoubleBookedError";
  }
}

export class ClinicianDoubleBookedError extends BookingError {
  readonly code = "CLINICIAN_DOUBLE_BOOKED";
  constructor() {
    super("The clinician already has an appointment at this time. Choose another time.");
    this.name = "ClinicianDoubleBookedError";
  }
}

export class AppointmentNotFoundError extends BookingError {
  readonly code = "APPOINTMENT_NOT_FOUND";
  constructor() {
    super("We could not find that appointment.");
    this.name = "AppointmentNotFoundError";
  }
}

export class InvalidTransitionError extends BookingError {
  readonly code = "INVALID_TRANSITION";
  constructor(
    readonly from: AppointmentStatus,
    readonly to: AppointmentStatus,
  ) {
    super(`This appointment is ${statusLabel(from).toLowerCase()}, so it cannot be marked as ${statusLabel(to).toLowerCase()}.`);
    this.name = "InvalidTransitionError";
  }
}

/** An attendance recorded before it could have happened (e.g. did not attend before the start time). */
export class AttendanceTooEarlyError extends BookingError {
  readonly code = "ATTENDANCE_TOO_EARLY";
  constructor(to: AppointmentStatus) {
    super(`You cannot mark this appointment as ${statusLabel(to).toLowerCase()} yet.`);
    this.name = "AttendanceTooEarlyError";
  }
}

export class WasNotBroughtAdultError extends BookingError {
  readonly code = "WAS_NOT_BROUGHT_ADULT";
  constructor() {
    super("Was not brought is only for patients under 18. Record did not attend instead.");
    this.name = "WasNotBroughtAdultError";
  }
}

export class DidNotAttendChildError extends BookingError {
  readonly code = "DID_NOT_ATTEND_CHILD";
  constructor() {
    super("This patient is under 18: record was not brought, which is flagged as a safeguarding concern.");
    this.name = "DidNotAttendChildError";
  }
}

export class OutcomeNotAllowedError extends BookingError {
  readonly code = "OUTCOME_NOT_ALLOWED";
  constructor(message = "An outcome can only be recorded once, for an appointment where the patient was seen.") {
    super(message);
    this.name = "OutcomeNotAllowedError";
  }
}

/** The RTT status chosen on the outcome form is not one the rules allow for this outcome and clock. */
export class RttChoiceError extends BookingError {
  readonly code = "RTT_CHOICE";
  readonly field = "rttStatus";
  constructor(message: string) {
    super(message);
    this.name = "RttChoiceError";
  }
}

export class MissedAppointmentDecisionError extends BookingError {
  readonly code = "MISSED_APPOINTMENT_DECISION";
  constructor(message: string) {
    super(message);
    this.name = "MissedAppointmentDecisionError";
  }
}

/** The referral or waiting-list entry named is not this patient's, or is no longer waiting. */
export class BookingLinkError extends BookingError {
  readonly code = "BOOKING_LINK_INVALID";
  constructor(message = "The referral or waiting-list entry does not match this patient, or has already been booked.") {
    super(message);
    this.name = "BookingLinkError";
  }
}

/** The referral's pathway has ended (rejected, advice only, discharged or closed): there is nothing left to book. */
export class ReferralClosedError extends BookingError {
  readonly code = "REFERRAL_CLOSED";
  constructor() {
    super("This referral is closed (returned, discharged or completed), so it cannot be booked. If the patient needs to be seen again, they need a new referral.");
    this.name = "ReferralClosedError";
  }
}

/** An idempotency key already used for a different booking. */
export class IdempotencyKeyReusedError extends BookingError {
  readonly code = "IDEMPOTENCY_KEY_REUSED";
  constructor() {
    super("This booking request was already used for a different booking. Start the booking again.");
    this.name = "IdempotencyKeyReusedError";
  }
}

/** The idempotency key of a booking that another request committed first. */
export class DuplicateIdempotencyKeyError extends Error {
  constructor() {
    super("idempotency key already booked");
    this.name = "DuplicateIdempotencyKeyError";
  }
}

export type DatabaseErrorInfo = { sqlState: string; constraint?: string };

/**
 * The SQLSTATE and constraint name behind an error, wherever the driver put them:
 * Prisma 7 with the pg adapter wraps them in `meta.driverAdapterError.cause`
 * (the constraint name only for unique violations; for CHECK and EXCLUDE it is in
 * the message), a raw `pg` error carries `code` and `constraint` itself.
 */
export function databaseErrorInfo(error: unknown): DatabaseErrorInfo | undefined {
  const cause = adapterCause(error);
  if (cause) {
    const sqlState = typeof cause.originalCode === "string" ? cause.originalCode : undefined;
    if (!sqlState) return undefined;
    const index = isRecord(cause.constraint) && typeof cause.constraint.index === "string" ? cause.constraint.index : undefined;
    const message = typeof cause.originalMessage === "string" ? cause.originalMessage : "";
    return { sqlState, constraint: index ?? constraintInMessage(message) };
  }
  if (isRecord(error) && typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) && typeof error.severity === "string") {
    const constraint = typeof error.constraint === "string" ? error.constraint : undefined;
    return { sqlState: error.code, constraint: constraint ?? constraintInMessage(String(error.message ?? "")) };
  }
  return undefined;
}

/**
 * Turns a violation of a booking rule the database enforces into the domain error
 * it means; returns anything else unchanged. Constraint names are those of
 * prisma/migrations/*_booking_integrity (see server/platform/db/schema-extras.ts).
 */
export function mapDatabaseError(error: unknown): unknown {
  const info = databaseErrorInfo(error);
  if (!info) return error;
  const { sqlState, constraint } = info;
  if (sqlState === "23P01" && constraint === "Appointment_patient_no_overlap") return new PatientDoubleBookedError();
  if (sqlState === "23P01" && constraint === "Appointment_clinician_no_overlap") return new ClinicianDoubleBookedError();
  if (sqlState === "23514" && constraint === "Slot_bookedCount_check") return new SlotTakenError();
  if (sqlState === "23514" && constraint === "Appointment_slot_bookable") return new SlotNotBookableError("NOT_AVAILABLE");
  if (sqlState === "23505" && constraint === "Appointment_idempotencyKey_key") return new DuplicateIdempotencyKeyError();
  if (sqlState === "23514" && constraint === "Appointment_referral_open") return new ReferralClosedError();
  return error;
}

function adapterCause(error: unknown): Record<string, unknown> | undefined {
  if (!isRecord(error)) return undefined;
  const meta = error.meta;
  if (isRecord(meta) && isRecord(meta.driverAdapterError) && isRecord(meta.driverAdapterError.cause)) return meta.driverAdapterError.cause;
  if (isRecord(error.cause) && typeof error.cause.originalCode === "string") return error.cause;
  return undefined;
}

function constraintInMessage(message: string): string | undefined {
  return /constraint "([^"]+)"/.exec(message)?.[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
