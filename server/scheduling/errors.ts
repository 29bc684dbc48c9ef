import { DomainError } from "../platform/errors/domain-error";

/**
 * Expected failures of clinic template changes. Their messages are written for
 * staff and may be shown as they are; `field` says which form field they belong to.
 */
export abstract class SchedulingError extends DomainError {}

export class ClinicNotFoundError extends SchedulingError {
  readonly code = "CLINIC_NOT_FOUND";
  constructor() {
    super("We could not find that clinic.");
    this.name = "ClinicNotFoundError";
  }
}

/** The session or closure does not exist, or belongs to another clinic (fail closed). */
export class TemplateNotFoundError extends SchedulingError {
  readonly code = "TEMPLATE_NOT_FOUND";
  constructor(what: "session" | "closure") {
    super(`We could not find that ${what}.`);
    this.name = "TemplateNotFoundError";
  }
}

/** A clinic has one clinician: two of its sessions cannot run at the same time. */
export class SessionOverlapError extends SchedulingError {
  readonly code = "SESSION_OVERLAP";
  override readonly field = "startTime";
  constructor(description: string) {
    super(`This session overlaps the ${description} session. Change the times or the days it runs`);
    this.name = "SessionOverlapError";
  }
}

export class SlotNotCancellableError extends SchedulingError {
  readonly code = "SLOT_NOT_CANCELLABLE";
  constructor(reason: "NOT_FOUND" | "ALREADY_CANCELLED" | "IN_PAST") {
    super(
      reason === "NOT_FOUND"
        ? "We could not find that slot."
        : reason === "ALREADY_CANCELLED"
          ? "This slot has already been cancelled."
          : "This slot has already started, so it cannot be cancelled.",
    );
    this.name = "SlotNotCancellableError";
  }
}
