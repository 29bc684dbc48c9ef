import type { Db, Tx } from "../../server/platform/db/client";
import { bulkInsert } from "./bulk-insert";
import { anchorOf } from "./dates";
import { DEMO_TRUST_MARKER_SERVICE } from "./demo-identities";
import { generatePatients } from "./patients";
import { seedPifuTemplates, withTemplate } from "./pifu-templates";
import { createRandom } from "./random";
import { generateReferrals, type ReferralRow, type WaitingListRow } from "./referrals";
import type { ServiceCode } from "./services";
import { seedSchedule } from "./schedule";
import { demoUsers } from "./staff";
import { appointmentTypeKey, seedTrust, type TrustCounts, type TrustIds } from "./trust";

export interface SeedCounts extends TrustCounts {
  patients: number;
  users: number;
  referrals: number;
  rttEvents: number;
  waitingListEntries: number;
  pifuPathways: number;
  slots: number;
  appointments: number;
}

export type SeedSummary = { alreadySeeded: true } | { alreadySeeded: false; counts: SeedCounts; durationMs: number };

/** Any fixed number: it only has to be the same for every seed run. */
const SEED_LOCK_KEY = 4_460_017;

/**
 * Creates the demo trust: 4 services, 10 clinics, 20 clinicians, 2,000 patients and
 * 3,000 referrals in every state, plus the documented demo sign-ins
 * (demo-identities.ts). The same data every run for the same `today` (dates are
 * relative to it). Does nothing if the trust already exists.
 *
 * One transaction for everything: the marker service is only ever committed with
 * the rest, so a failed run leaves nothing that a rerun would mistake for a seed.
 * Slots come from the clinic templates through the real slot generator (eight
 * weeks ahead), and the next weeks' diaries get appointments (prisma/seed/schedule.ts).
 */
export async function seedDemoTrust(db: Db, { today }: { today: Date }): Promise<SeedSummary> {
  const started = performance.now();
  const counts = await db.$transaction(
    async (tx) => {
      // Two seeds started together (two dev servers) take turns; the second sees the first's work.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const existing = await tx.service.findUnique({ where: { code: DEMO_TRUST_MARKER_SERVICE }, select: { id: true } });
      if (existing) return null;
      return insertDemoTrust(tx, today);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!counts) return { alreadySeeded: true };
  return { alreadySeeded: false, counts, durationMs: Math.round(performance.now() - started) };
}

async function insertDemoTrust(tx: Tx, today: Date): Promise<SeedCounts> {
  const anchor = anchorOf(today);
  // Session templates start on the Monday four weeks back, so recent history has clinics too.
  const sessionsValidFrom = new Date(anchor.getTime() - (((anchor.getUTCDay() + 6) % 7) + 28) * 86_400_000);
  const trust = await seedTrust(tx, sessionsValidFrom);

  const patients = generatePatients(today);
  await bulkInsert(tx, "Patient", patients.map((p) => p.row));
  const users = demoUsers(trust.ids, patients);
  await tx.user.createMany({ data: users });

  const pifuTemplates = await seedPifuTemplates(tx, trust.ids.serviceId);
  const generated = generateReferrals(today, patients, trust.ids);
  const { referrals, rttEvents, waitingList } = generated;
  const pifuPathways = generated.pifuPathways.map((pathway) => withTemplate(pathway, pifuTemplates));
  await bulkInsert(tx, "Referral", referrals);
  await bulkInsert(tx, "RttEvent", rttEvents);
  await bulkInsert(tx, "WaitingListEntry", waitingList);
  await bulkInsert(tx, "PifuPathway", pifuPathways);
  const demoPatientIds = new Set(users.flatMap((u) => (u.patientId ? [u.patientId] : [])));
  const schedule = await seedSchedule(tx, today, referrals, demoPatientIds);
  // Seen patients the diaries had no follow-up slot for wait on the follow-up list: no pathway is left without an owner.
  const followUps = followUpEntries(referrals, schedule.bookedReferralIds, trust.ids, today);
  await bulkInsert(tx, "WaitingListEntry", followUps);

  return {
    ...trust.counts,
    patients: patients.length,
    users: users.length,
    referrals: referrals.length,
    rttEvents: rttEvents.length,
    waitingListEntries: waitingList.length + followUps.length,
    pifuPathways: pifuPathways.length,
    slots: schedule.slots,
    appointments: schedule.appointments,
  };
}

/** A WAITING follow-up entry, due within 6 weeks, for each seen referral without a booked follow-up. */
function followUpEntries(referrals: readonly ReferralRow[], booked: ReadonlySet<string>, ids: TrustIds, today: Date): WaitingListRow[] {
  const random = createRandom("ids:follow-ups");
  const codeOf = new Map((Object.entries(ids.serviceId) as [ServiceCode, string][]).map(([code, id]) => [id, code]));
  return referrals.flatMap((r) => {
    if (r.status !== "SEEN" || booked.has(r.id)) return [];
    const serviceCode = codeOf.get(r.serviceId)!;
    const dueInDays = random.int(7, 42);
    return [
      {
        id: random.uuid(),
        patientId: r.patientId,
        referralId: r.id,
        serviceId: r.serviceId,
        appointmentTypeId: ids.appointmentTypeId.get(appointmentTypeKey(serviceCode, "FU-F2F")) ?? null,
        kind: "FOLLOW_UP" as const,
        priority: r.priority ?? "ROUTINE",
        addedAt: new Date(today.getTime() - random.int(1, 28) * 86_400_000),
        dueBy: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + dueInDays)),
        status: "WAITING" as const,
      },
    ];
  });
}

export { DEMO_ADMIN, DEMO_CLERK, DEMO_CLINICIAN, DEMO_PATIENT, DEMO_PATIENT_2, DEMO_PATIENTS, DEMO_STAFF } from "./demo-identities";
