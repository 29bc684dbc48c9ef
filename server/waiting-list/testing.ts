import type { DbClient } from "../platform/db/client";
import type { AppointmentKind, ReferralPriority } from "../platform/db/generated/client";
import type { TestFixtures } from "../platform/testing/fixtures";
import { uniqueCode } from "../platform/testing/fixtures";

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * Test data for the waiting list: an accepted referral whose clock started
 * `weeksAgo` weeks before `now`, with an open entry of the fixture's service.
 */
export async function createWaitingPatient(
  db: DbClient,
  f: TestFixtures,
  now: Date,
  input: { weeksAgo: number; priority?: ReferralPriority; kind?: AppointmentKind; dueBy?: Date; extraDays?: number; patient?: Parameters<TestFixtures["createPatient"]>[0] },
) {
  const patient = await f.createPatient(input.patient);
  const started = new Date(now.getTime() - input.weeksAgo * WEEK_MS - (input.extraDays ?? 0) * 86_400_000);
  const priority = input.priority ?? "ROUTINE";
  const referral = await db.referral.create({
    data: {
      patientId: patient.id,
      serviceId: f.service.id,
      source: "GP",
      referrerName: "Dr Referrer",
      receivedAt: started,
      reason: "Test referral",
      status: "ACCEPTED",
      priority,
      pathwayId: `PPI-${uniqueCode()}`,
      rttClockStartAt: started,
      rttStatusCode: "10",
    },
  });
  const kind = input.kind ?? "NEW";
  const entry = await db.waitingListEntry.create({
    data: {
      patientId: patient.id,
      referralId: referral.id,
      serviceId: f.service.id,
      appointmentTypeId: f.appointmentType.id,
      kind,
      priority,
      addedAt: kind === "NEW" ? now : started,
      dueBy: input.dueBy ?? null,
    },
  });
  return { patient, referral, entry };
}
