import { DomainError } from "../../platform/errors/domain-error";
import { recordAudit, type Actor } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/client";
import { bookingRulesSchema, type BookingRulesInput } from "./booking-rules-schema";

export class AppointmentTypeNotFoundError extends DomainError {
  readonly code = "APPOINTMENT_TYPE_NOT_FOUND";
  constructor() {
    super("We could not find that appointment type.");
    this.name = "AppointmentTypeNotFoundError";
  }
}

/**
 * Changes an appointment type's booking rules and records who changed what in the
 * audit trail, in one transaction. Saving unchanged rules changes nothing and
 * records nothing. Applies to bookings made from now on; existing appointments stay.
 */
export async function updateBookingRules(client: Db, input: BookingRulesInput, actor: Actor): Promise<{ changed: boolean }> {
  const { appointmentTypeId, ...rules } = bookingRulesSchema.parse(input);
  return client.$transaction(async (tx) => {
    // Row lock: two administrators saving at once are recorded one after the other, each with the true "before".
    const [before] = await tx.$queryRaw<Array<{ patientBookable: boolean; minNoticeHours: number; maxHorizonDays: number; serviceId: string }>>`
      SELECT "patientBookable", "minNoticeHours", "maxHorizonDays", "serviceId" FROM "AppointmentType" WHERE "id" = ${appointmentTypeId}::uuid FOR UPDATE`;
    if (!before) throw new AppointmentTypeNotFoundError();
    const { serviceId, ...previous } = before;
    const changed = (Object.keys(rules) as Array<keyof typeof rules>).some((key) => rules[key] !== previous[key]);
    if (!changed) return { changed: false };
    await tx.appointmentType.update({ where: { id: appointmentTypeId }, data: rules });
    await recordAudit(tx, {
      actor,
      action: "appointment_type.booking_rules_changed",
      entityType: "AppointmentType",
      entityId: appointmentTypeId,
      before: { ...previous, serviceId },
      after: { ...rules, serviceId },
    });
    return { changed: true };
  });
}
