import { describe, expect, it } from "vitest";
import { bookAppointment } from "../booking/core/book-appointment";
import { BookingError, SlotNotBookableError } from "../booking/core/errors";
import { createSchedulingFixtures } from "../platform/testing/scheduling-fixtures";
import { testStaffActor } from "../platform/testing/fixtures";
import { setupTestDatabaseHandle } from "../platform/testing/test-database";
import { removeClinicSession } from "./clinic-sessions";
import { generateSlots } from "./generate-slots";

const database = setupTestDatabaseHandle();
const now = new Date("2026-02-02T00:00:00Z");

describe("slot generation racing bookings", () => {
  it("never leaves a live appointment in a removed slot, whoever gets there first", async () => {
    const db = database.client({ maxConnections: 12 });
    const f = await createSchedulingFixtures(db);
    const session = await f.addSession({ weekday: 2, start: "09:00", end: "12:00" });
    await generateSlots(db, { clinicIds: [f.clinic.id], now, horizonWeeks: 2 });
    const slots = await f.openSlots();
    const patients = await f.createPatients(slots.length);
    const book = (i: number) => bookAppointment(db, { slotId: slots[i]!.id, patientId: patients[i]!.id, channel: "STAFF" }, testStaffActor, { now });

    // Half the bookings race the removal; the other half come once it has committed.
    const half = slots.length / 2;
    const removal = removeClinicSession(db, { clinicId: f.clinic.id, sessionId: session.id }, testStaffActor, { now });
    const racing = await Promise.allSettled([...Array.from({ length: half }, (_, i) => book(i)), removal]);
    const late = await Promise.allSettled(Array.from({ length: half }, (_, i) => book(half + i)));

    expect(racing.at(-1)!.status).toBe("fulfilled");
    for (const result of [...racing.slice(0, -1), ...late]) {
      // Losing the race is the booking core's own error, never a raw database one.
      if (result.status === "rejected") expect(result.reason).toBeInstanceOf(BookingError);
    }
    for (const result of late) {
      expect(result.status).toBe("rejected");
      expect(result.status === "rejected" && result.reason).toBeInstanceOf(SlotNotBookableError);
    }
    const booked = racing.slice(0, -1).filter((r) => r.status === "fulfilled").length;
    const appointments = await db.appointment.findMany({ where: { clinicId: f.clinic.id } });
    expect(appointments).toHaveLength(booked);
    expect(appointments.every((a) => a.status === "NEEDS_REBOOKING")).toBe(true);
    expect(await db.worklistTask.count({ where: { appointmentId: { in: appointments.map((a) => a.id) }, kind: "NEEDS_REBOOKING" } })).toBe(booked);
    expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE" } })).toBe(0);
  });
});
