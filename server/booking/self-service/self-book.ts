import { z } from "zod";
import { loadAppointmentDetails } from "../appointments/appointment-details";
import { bookAppointment, type AlsoInTransaction, type BookingResult } from "../core/book-appointment";
import { cancelAppointment } from "../core/cancel-appointment";
import { AppointmentNotFoundError, SlotNotBookableError } from "../core/errors";
import { rescheduleAppointment, type RescheduleResult } from "../core/reschedule-appointment";
import type { Db, DbClient } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { isUuid } from "../../platform/forms/uuid";
import { patientBookableTypes } from "./bookable-entries";
import { ChangeNotAllowedError, EntryNotFoundError, patientMayChange } from "./change-rules";
import { scopeFilter, type SelfBookingScope } from "./scope";
import { multilineText, text } from "../../platform/forms/text";

const id = z.uuid({ message: "Choose a time from the list" });

export const selfBookSchema = z.object({ entryId: id, slotId: id, idempotencyKey: text().trim().min(8).max(200) });
export const selfRescheduleSchema = z.object({ appointmentId: id, slotId: id });
export const CANCEL_REASONS = {
  NO_LONGER_NEEDED: "I no longer need this appointment",
  CANNOT_ATTEND: "I cannot come at this time",
  BETTER: "I feel better",
  ELSEWHERE: "I am being seen somewhere else",
  OTHER: "Another reason",
} as const;
export const selfCancelSchema = z
  .object({
    appointmentId: id,
    reason: z.enum(Object.keys(CANCEL_REASONS) as [keyof typeof CANCEL_REASONS, ...(keyof typeof CANCEL_REASONS)[]], { message: "Choose why you are cancelling" }),
    details: multilineText().trim().max(400, { message: "Reason must be 400 characters or fewer" }).optional(),
  })
  .refine((v) => v.reason !== "OTHER" || (v.details ?? "").length > 0, { path: ["details"], message: "Enter the reason you are cancelling" });

/**
 * Books one of the scope's referrals or follow-ups into a slot the patient may
 * book themselves. The slot must be of a patient-bookable type of the same
 * service and kind; everything else (notice, horizon, capacity, double booking,
 * idempotency) is the booking core's.
 */
/** `alsoInTransaction`: the rest of the patient's submit (their communication needs), kept only if the booking is. */
export type SelfServiceOptions = { now?: Date; alsoInTransaction?: AlsoInTransaction };

export async function selfBook(client: Db, scope: SelfBookingScope, input: z.input<typeof selfBookSchema>, options: SelfServiceOptions = {}): Promise<BookingResult> {
  const now = options.now ?? new Date();
  const data = selfBookSchema.parse(input);
  // Any status: a repeated submission of a booking already made is the core's to recognise.
  const entry = await client.waitingListEntry.findFirst({ where: { id: data.entryId, ...scopeFilter(scope) }, select: { id: true, referralId: true, serviceId: true, kind: true } });
  if (!entry) throw new EntryNotFoundError();
  await assertTypeAllowed(client, data.slotId, entry.serviceId, entry.kind);
  return bookAppointment(
    client,
    { slotId: data.slotId, patientId: scope.patientId, waitingListEntryId: entry.id, referralId: entry.referralId, channel: scope.channel, idempotencyKey: data.idempotencyKey },
    scope.actor,
    { now, alsoInTransaction: options.alsoInTransaction },
  );
}

export async function selfReschedule(client: Db, scope: SelfBookingScope, input: z.input<typeof selfRescheduleSchema>, options: SelfServiceOptions = {}): Promise<RescheduleResult> {
  const now = options.now ?? new Date();
  const data = selfRescheduleSchema.parse(input);
  const appointment = await changeableAppointment(client, scope, data.appointmentId, now);
  await assertTypeAllowed(client, data.slotId, appointment.appointmentType.serviceId, appointment.appointmentType.kind);
  return rescheduleAppointment(
    client,
    { appointmentId: appointment.id, newSlotId: data.slotId, requestedBy: "PATIENT", channel: scope.channel },
    scope.actor,
    { patientId: scope.patientId, now, alsoInTransaction: options.alsoInTransaction },
  );
}

export async function selfCancel(client: Db, scope: SelfBookingScope, input: z.input<typeof selfCancelSchema>, now = new Date()): Promise<Appointment> {
  const data = selfCancelSchema.parse(input);
  const appointment = await changeableAppointment(client, scope, data.appointmentId, now);
  const reason = data.reason === "OTHER" ? (data.details ?? CANCEL_REASONS.OTHER) : CANCEL_REASONS[data.reason] + (data.details ? `: ${data.details}` : "");
  return cancelAppointment(client, { appointmentId: appointment.id, requestedBy: "PATIENT", reason }, scope.actor, { patientId: scope.patientId });
}

/** The scope's appointment, if the patient may still change it online. */
export async function changeableAppointment(client: DbClient, scope: SelfBookingScope, appointmentId: string, now: Date) {
  const inScope = isUuid(appointmentId) && (!scope.appointmentId || scope.appointmentId === appointmentId);
  const appointment = inScope ? await loadAppointmentDetails(client, appointmentId, scopeFilter(scope)) : null;
  if (!appointment) throw new AppointmentNotFoundError();
  if (!patientMayChange(appointment, now)) throw new ChangeNotAllowedError(appointment.clinic.service.name, appointment.clinic.service.contactPhone);
  return appointment;
}

async function assertTypeAllowed(client: DbClient, slotId: string, serviceId: string, kind: "NEW" | "FOLLOW_UP"): Promise<void> {
  const slot = await client.slot.findUnique({ where: { id: slotId }, select: { appointmentTypeId: true } });
  if (!slot) throw new SlotNotBookableError("NOT_FOUND");
  const types = await patientBookableTypes(client, serviceId, kind);
  if (!types.some((t) => t.id === slot.appointmentTypeId)) {
    const sameService = await client.appointmentType.count({ where: { id: slot.appointmentTypeId, serviceId } });
    throw new SlotNotBookableError(sameService > 0 ? "STAFF_ONLY" : "OTHER_SERVICE");
  }
}
