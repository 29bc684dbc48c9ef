import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db, Tx } from "../../platform/db/client";
import type { Appointment } from "../../platform/db/generated/client";
import { auditView } from "./audit-view";
import type { AlsoInTransaction } from "./book-appointment";
import { cancelStatus } from "./cancel-appointment";
import { BookingError, mapDatabaseError, SlotNotBookableError, SlotTakenError } from "./errors";
import { findAlternativeSlots } from "./find-slots";
import { recordNewBooking } from "./record-new-booking";
import { rescheduleAppointmentSchema, type RescheduleAppointmentInput } from "./schemas";
import { assertSlotBookable, BOOKING_TRANSACTION, lockSlots, slotFields } from "./slot-lock";
import { loadAppointment, transitionAppointment, type AppointmentScope } from "./transition-appointment";

export type RescheduleResult = { appointment: Appointment; previous: Appointment };

type RescheduleData = ReturnType<typeof rescheduleAppointmentSchema.parse>;

/**
 * Moves a live appointment to another slot of the same service in one
 * transaction. The old appointment is cancelled (by whoever asked) with the
 * reason "Rescheduled", freeing its slot; the new one points back to it and keeps
 * its calendar UID with the next sequence number, so calendar apps move the event
 * rather than adding a second one. Either both happen or neither does.
 */
export async function rescheduleAppointment(
  client: Db,
  input: RescheduleAppointmentInput,
  actor: Actor,
  options: AppointmentScope & { now?: Date; alsoInTransaction?: AlsoInTransaction } = {},
): Promise<RescheduleResult> {
  const data = rescheduleAppointmentSchema.parse(input);
  const now = options.now ?? new Date();
  try {
    return await client.$transaction(async (tx) => {
      const result = await rescheduleInTransaction(tx, data, actor, now, options);
      await options.alsoInTransaction?.(tx);
      return result;
    }, BOOKING_TRANSACTION);
  } catch (error) {
    const mapped = error instanceof BookingError ? error : mapDatabaseError(error);
    if (mapped instanceof SlotTakenError && mapped.alternatives.length === 0) {
      throw new SlotTakenError(await findAlternativeSlots(client, data.newSlotId, { channel: data.channel, now }));
    }
    throw mapped;
  }
}

async function rescheduleInTransaction(tx: Tx, data: RescheduleData, actor: Actor, now: Date, scope: AppointmentScope): Promise<RescheduleResult> {
  const before = await loadAppointment(tx, data.appointmentId, scope);
  if (before.slotId === data.newSlotId) throw new SlotNotBookableError("SAME_SLOT");
  // Both slots, in a fixed order: two reschedules crossing the same pair of slots cannot deadlock.
  const slots = await lockSlots(tx, [before.slotId, data.newSlotId]);
  const newSlot = slots.get(data.newSlotId);
  assertSlotBookable(newSlot, data.channel, now);
  if (newSlot.serviceId !== slots.get(before.slotId)?.serviceId) throw new SlotNotBookableError("OTHER_SERVICE");

  // Cancel first: the patient's old time must stop being live before the new one
  // is inserted, or an overlapping new time would trip the patient's exclusion constraint.
  const previous = await transitionAppointment(tx, before, cancelStatus[data.requestedBy], { cancelReason: "Rescheduled" });
  const appointment = await tx.appointment.create({
    data: {
      ...slotFields(newSlot),
      patientId: before.patientId,
      referralId: before.referralId,
      waitingListEntryId: before.waitingListEntryId,
      bookingChannel: data.channel,
      bookedById: actor.userId,
      rescheduledFromId: before.id,
      calendarUid: before.calendarUid,
      calendarSequence: before.calendarSequence + 1,
    },
  });
  await recordAudit(tx, {
    actor,
    action: "appointment.rescheduled",
    entityType: "Appointment",
    entityId: previous.id,
    patientId: previous.patientId,
    before: auditView(before),
    after: { ...auditView(previous), requestedBy: data.requestedBy, rescheduledToId: appointment.id },
  });
  await recordNewBooking(tx, appointment, actor, now, { rescheduledFromId: previous.id });
  return { appointment, previous };
}
