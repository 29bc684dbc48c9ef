import { randomInt, randomUUID } from "node:crypto";
import type { DbClient } from "../db/client";
import type { AppointmentMode, Prisma } from "../db/generated/client";
import { nhsNumberCheckDigit } from "../../patients/nhs-number";

/**
 * Isolated data for one test: its own service, location, clinician, clinic and
 * appointment type (codes unique per call), plus helpers to add patients, slots,
 * referrals and waiting-list entries to it. Tests running in parallel files against
 * the same database never see or disturb each other's rows, or the seed's.
 */
export type TestFixtures = Awaited<ReturnType<typeof createTestFixtures>>;

export type FixtureOptions = {
  mode?: AppointmentMode;
  durationMinutes?: number;
  patientBookable?: boolean;
  minNoticeHours?: number;
};

const HOUR = 3_600_000;

export async function createTestFixtures(db: DbClient, options: FixtureOptions = {}) {
  const code = uniqueCode();
  const service = await db.service.create({
    data: { code: `T-${code}`, name: `Test service ${code}`, contactPhone: "0300 000 0000" },
  });
  const location = await db.location.create({
    data: { code: `L-${code}`, name: `Test location ${code}`, addressLine1: "1 Test Street", town: "Northfield", postcode: "NF1 1AA" },
  });
  const clinician = await createClinician(db, service.id, `Dr Test ${code}`);
  const clinic = await db.clinic.create({
    data: { code: `C-${code}`, name: `Test clinic ${code}`, serviceId: service.id, locationId: location.id, clinicianId: clinician.id },
  });
  const durationMinutes = options.durationMinutes ?? 30;
  const appointmentType = await db.appointmentType.create({
    data: {
      serviceId: service.id,
      code: "NEW",
      name: "New appointment",
      kind: "NEW",
      mode: options.mode ?? "IN_PERSON",
      durationMinutes,
      patientBookable: options.patientBookable ?? true,
      minNoticeHours: options.minNoticeHours ?? 24,
    },
  });
  // Far enough ahead for any notice rule; a random day so runs on a shared database do not line up.
  const base = new Date(Math.ceil(Date.now() / HOUR) * HOUR + (7 * 24 + randomInt(0, 24 * 30)) * HOUR);

  async function createSlot(input: {
    startsAt?: Date;
    /** Minutes after the fixture's base time; ignored when startsAt is given. */
    offsetMinutes?: number;
    durationMinutes?: number;
    capacity?: number;
    status?: "AVAILABLE" | "BLOCKED" | "CANCELLED";
    patientBookable?: boolean;
    clinicianId?: string;
    clinicId?: string;
    appointmentTypeId?: string;
  } = {}) {
    const startsAt = input.startsAt ?? new Date(base.getTime() + (input.offsetMinutes ?? 0) * 60_000);
    return db.slot.create({
      data: {
        clinicId: input.clinicId ?? clinic.id,
        clinicianId: input.clinicianId ?? clinician.id,
        appointmentTypeId: input.appointmentTypeId ?? appointmentType.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (input.durationMinutes ?? durationMinutes) * 60_000),
        capacity: input.capacity ?? 1,
        status: input.status ?? "AVAILABLE",
        patientBookable: input.patientBookable ?? true,
      },
    });
  }

  /** `count` back-to-back slots from the base time (or `offsetMinutes`). */
  async function createSlots(count: number, input: { offsetMinutes?: number; capacity?: number } = {}) {
    const slots = [];
    for (let i = 0; i < count; i++) {
      slots.push(await createSlot({ offsetMinutes: (input.offsetMinutes ?? 0) + i * durationMinutes, capacity: input.capacity }));
    }
    return slots;
  }

  async function createPatient(input: Partial<Prisma.PatientUncheckedCreateInput> = {}) {
    return db.patient.create({
      data: {
        nhsNumber: uniqueNhsNumber(),
        givenName: "Test",
        familyName: `Patient ${uniqueCode()}`,
        dateOfBirth: new Date("1980-05-17T00:00:00Z"),
        addressLine1: "2 Test Road",
        town: "Northfield",
        postcode: "NF1 2BB",
        email: `patient-${uniqueCode().toLowerCase()}@example.invalid`,
        ...input,
      },
    });
  }

  async function createPatients(count: number) {
    return Promise.all(Array.from({ length: count }, () => createPatient()));
  }

  /** An accepted referral with a WAITING entry on this service's waiting list. */
  async function createReferral(patientId: string) {
    const now = new Date();
    const referral = await db.referral.create({
      data: {
        patientId,
        serviceId: service.id,
        source: "GP",
        referrerName: "Dr Referrer",
        receivedAt: now,
        reason: "Test referral",
        status: "ACCEPTED",
        pathwayId: `PPI-${uniqueCode()}`,
        rttClockStartAt: now,
        rttStatusCode: "10",
        rttEvents: { create: { code: "10", occurredAt: now, note: "Referral received" } },
      },
    });
    const waitingListEntry = await db.waitingListEntry.create({
      data: { patientId, referralId: referral.id, serviceId: service.id, appointmentTypeId: appointmentType.id, kind: "NEW", addedAt: now },
    });
    return { referral, waitingListEntry };
  }

  return {
    code,
    service,
    location,
    clinician,
    clinic,
    appointmentType,
    base,
    createSlot,
    createSlots,
    createPatient,
    createPatients,
    createReferral,
    createClinician: (name = `Dr Other ${uniqueCode()}`) => createClinician(db, service.id, name),
  };
}

function createClinician(db: DbClient, serviceId: string, name: string) {
  return db.clinician.create({ data: { name, professionalRole: "Consultant", serviceId } });
}

export function uniqueCode(): string {
  return randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase();
}

/** A random NHS number with a valid check digit (collisions with other rows are astronomically unlikely). */
export function uniqueNhsNumber(): string {
  for (;;) {
    const first9 = String(randomInt(100_000_000, 1_000_000_000));
    const check = nhsNumberCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

/** A staff actor for tests. */
export const testStaffActor = { userId: null, label: "Test booking clerk" } as const;
