import type { DbClient } from "../db/client";
import { createTestFixtures, type FixtureOptions } from "./fixtures";

/**
 * A test clinic (see createTestFixtures) with a second appointment type and
 * helpers to give it weekly sessions and read its slots. Sessions are written
 * directly, without generating slots, so a test decides when generation runs.
 */
export async function createSchedulingFixtures(db: DbClient, options: FixtureOptions = {}) {
  const f = await createTestFixtures(db, options);
  const followUpType = await db.appointmentType.create({
    data: { serviceId: f.service.id, code: "FU", name: "Follow-up", kind: "FOLLOW_UP", mode: "IN_PERSON", durationMinutes: 30, patientBookable: false },
  });

  async function addSession(input: {
    weekday: number;
    start: string;
    end: string;
    slotMinutes?: number;
    capacityPerSlot?: number;
    typeIds?: string[];
    validFrom?: string;
    validTo?: string;
  }) {
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    return db.clinicSession.create({
      data: {
        clinicId: f.clinic.id,
        weekday: input.weekday,
        startMinute: minutes(input.start),
        endMinute: minutes(input.end),
        slotMinutes: input.slotMinutes ?? 30,
        capacityPerSlot: input.capacityPerSlot ?? 1,
        validFrom: new Date(`${input.validFrom ?? "2025-01-01"}T00:00:00Z`),
        validTo: input.validTo ? new Date(`${input.validTo}T00:00:00Z`) : null,
        appointmentTypes: { connect: (input.typeIds ?? [f.appointmentType.id]).map((id) => ({ id })) },
      },
    });
  }

  /** The clinic's open (not cancelled) slots, soonest first. */
  function openSlots() {
    return db.slot.findMany({ where: { clinicId: f.clinic.id, status: { not: "CANCELLED" } }, orderBy: [{ startsAt: "asc" }, { appointmentTypeId: "asc" }] });
  }

  return { ...f, followUpType, addSession, openSlots };
}
