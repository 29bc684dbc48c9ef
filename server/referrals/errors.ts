import { DomainError } from "../platform/errors/domain-error";

/**
 * Expected failures of referral intake and triage. Their messages are written for
 * staff (or an API client) and may be shown as they are; anything else is a bug,
 * logged and shown as a generic message by the caller.
 */
export abstract class ReferralError extends DomainError {}

export class ServiceNotFoundError extends ReferralError {
  readonly code = "SERVICE_NOT_FOUND";
  override readonly field = "serviceCode";
  constructor(serviceCode: string) {
    super(`There is no service with the code ${serviceCode}`);
    this.name = "ServiceNotFoundError";
  }
}

/** A new patient, and some details needed to create their record are missing or wrong. */
export class PatientDetailsNeededError extends ReferralError {
  readonly code = "PATIENT_DETAILS_NEEDED";
  constructor(readonly fieldErrors: Record<string, string>) {
    const first = Object.values(fieldErrors)[0] ?? "Enter the patient's details";
    super(`No patient has this NHS number yet, so their details are needed: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
    this.name = "PatientDetailsNeededError";
  }
}

/** The NHS number is known, but the date of birth given is someone else's: never guess which is right. */
export class PatientMismatchError extends ReferralError {
  readonly code = "PATIENT_MISMATCH";
  override readonly field = "patient.dateOfBirth";
  constructor() {
    super("The date of birth does not match the patient with this NHS number. Check both before trying again.");
    this.name = "PatientMismatchError";
  }
}

export class ReferralNotFoundError extends ReferralError {
  readonly code = "REFERRAL_NOT_FOUND";
  constructor() {
    super("We could not find that referral.");
    this.name = "ReferralNotFoundError";
  }
}

/** A triage outcome for a referral that has already been triaged (for example, rejecting one that was accepted). */
export class AlreadyTriagedError extends ReferralError {
  readonly code = "ALREADY_TRIAGED";
  constructor(readonly currentStatus: string) {
    super(
      currentStatus === "ACCEPTED" || currentStatus === "BOOKED" || currentStatus === "SEEN"
        ? "This referral has already been accepted, so it cannot be triaged again or rejected."
        : "This referral has already been triaged. Reload the page to see its outcome.",
    );
    this.name = "AlreadyTriagedError";
  }
}

export class TriageNotAllowedError extends ReferralError {
  readonly code = "TRIAGE_NOT_ALLOWED";
  constructor(message: string, override readonly field?: string) {
    super(message);
    this.name = "TriageNotAllowedError";
  }
}

export class RttEventNotAllowedError extends ReferralError {
  readonly code = "RTT_EVENT_NOT_ALLOWED";
  constructor(message: string) {
    super(message);
    this.name = "RttEventNotAllowedError";
  }
}
