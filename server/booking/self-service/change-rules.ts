import { BookingError } from "../core/errors";

/**
 * A patient may change or cancel online while the appointment is booked and
 * more than the appointment type's notice period away (the same notice the
 * service needs for an online booking); after that, they call the service,
 * who can still offer the time to someone else at short notice.
 */
export function patientMayChange(a: { status: string; startsAt: Date; appointmentType: { minNoticeHours: number } }, now: Date): boolean {
  return a.status === "BOOKED" && a.startsAt.getTime() - a.appointmentType.minNoticeHours * 3_600_000 > now.getTime();
}

export class ChangeNotAllowedError extends BookingError {
  readonly code = "CHANGE_NOT_ALLOWED";
  constructor(serviceName: string, contactPhone: string) {
    super(`This appointment can no longer be changed or cancelled online. Call ${serviceName} on ${contactPhone}.`);
    this.name = "ChangeNotAllowedError";
  }
}

/** The referral or follow-up is not this patient's, or not waiting to be booked. */
export class EntryNotFoundError extends BookingError {
  readonly code = "ENTRY_NOT_FOUND";
  constructor() {
    super("We could not find that referral. It may already have been booked.");
    this.name = "EntryNotFoundError";
  }
}
