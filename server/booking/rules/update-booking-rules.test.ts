import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookAppointment } from "../core/book-appointment";
import { SlotNotBookableError } from "../core/errors";
import { fieldErrors } from "../../platform/forms/field-errors";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookingRulesSchema } from "./booking-rules-schema";
import { AppointmentTypeNotFoundError, updateBookingRules } from "./update-booking-rules";

const db = setupTestDatabase();
const admin = { userId: null, label: "Administrator: Test" };

describe("updateBookingRules", () => {
  it("changes the rules and records who changed what, before and after", async () => {
    const f = await createTestFixtures(db);

    const result = await updateBookingRules(db, { appointmentTypeId: f.appointmentType.id, patientBookable: "no", minNoticeHours: "48", maxHorizonDays: "28" }, admin);

    expect(result).toEqual({ changed: true });
    expect(await db.appointmentType.findUniqueOrThrow({ where: { id: f.appointmentType.id } })).toMatchObject({ patientBookable: false, minNoticeHours: 48, maxHorizonDays: 28 });
    const audit = await db.auditEvent.findMany({ where: { entityType: "AppointmentType", entityId: f.appointmentType.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "appointment_type.booking_rules_changed",
      actorLabel: admin.label,
      before: { patientBookable: true, minNoticeHours: 24, maxHorizonDays: 84, serviceId: f.service.id },
      after: { patientBookable: false, minNoticeHours: 48, maxHorizonDays: 28, serviceId: f.service.id },
    });
  });

  it("records nothing when nothing changed", async () => {
    const f = await createTestFixtures(db);
    const same = { appointmentTypeId: f.appointmentType.id, patientBookable: true, minNoticeHours: 24, maxHorizonDays: 84 };
    expect(await updateBookingRules(db, same, admin)).toEqual({ changed: false });
    expect(await db.auditEvent.count({ where: { entityId: f.appointmentType.id } })).toBe(0);
  });

  it("applies to patients booking from then on", async () => {
    const f = await createTestFixtures(db, { minNoticeHours: 1 });
    const slot = await f.createSlot();
    const patient = await f.createPatient();
    await updateBookingRules(db, { appointmentTypeId: f.appointmentType.id, patientBookable: false, minNoticeHours: 1, maxHorizonDays: 84 }, admin);

    const refused = await bookAppointment(db, { slotId: slot.id, patientId: patient.id, channel: "PATIENT_ONLINE" }, admin).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SlotNotBookableError);
    expect((refused as SlotNotBookableError).reason).toBe("STAFF_ONLY");
  });

  it("refuses an unknown appointment type and impossible rules", async () => {
    await expect(updateBookingRules(db, { appointmentTypeId: randomUUID(), patientBookable: true, minNoticeHours: 1, maxHorizonDays: 2 }, admin)).rejects.toBeInstanceOf(
      AppointmentTypeNotFoundError,
    );
    const errors = (input: Record<string, string>) => {
      const result = bookingRulesSchema.safeParse({ appointmentTypeId: randomUUID(), patientBookable: "yes", minNoticeHours: "24", maxHorizonDays: "84", ...input });
      return result.success ? {} : fieldErrors(result.error);
    };
    expect(errors({})).toEqual({});
    expect(errors({ minNoticeHours: "" })).toEqual({ minNoticeHours: "Enter the minimum notice in hours" });
    expect(errors({ minNoticeHours: "1.5" })).toEqual({ minNoticeHours: "Minimum notice must be a whole number of hours, like 24" });
    expect(errors({ maxHorizonDays: "0" })).toEqual({ maxHorizonDays: "Booking horizon must be between 1 and 730 days" });
    expect(errors({ minNoticeHours: "72", maxHorizonDays: "3" })).toEqual({ maxHorizonDays: "Booking horizon must be longer than the minimum notice" });
    expect(errors({ patientBookable: "" })).toEqual({ patientBookable: "Select whether patients can book this appointment online" });
  });
});
