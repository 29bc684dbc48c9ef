import { seedDemoTrust } from "../../prisma/seed/index";
import { createDbClient } from "../../server/platform/db/client";
import { listPifuPathways, pifuListCounts, pifuReport, pifuTriageQueue } from "../../server/pifu";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

const PATHWAYS = 100_000;
const OPEN_REQUESTS = 3_000;

/** The PIFU list, triage queue and report on the demo trust plus 100,000 active pathways. */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  try {
    await seedDemoTrust(db, { today: new Date() });
    const filled = performance.now();
    // Each active pathway needs a referral of its own (one active pathway per referral).
    await db.$executeRawUnsafe(`
      INSERT INTO "Referral" (id, "patientId", "serviceId", source, "referrerName", "receivedAt", reason, status, "pathwayId", "updatedAt")
      SELECT gen_random_uuid(), p.ids[1 + (g % array_length(p.ids, 1))], s.ids[1 + (g % array_length(s.ids, 1))], 'GP', 'Dr Bench', now() - interval '300 days', 'Bench', 'ON_PIFU', 'BENCH' || g, now()
      FROM generate_series(1, ${PATHWAYS}) g, (SELECT array_agg(id) ids FROM "Patient") p, (SELECT array_agg(id ORDER BY code) ids FROM "Service") s`);
    await db.$executeRawUnsafe(`
      INSERT INTO "PifuPathway" (id, "patientId", "referralId", "serviceId", "clinicianId", "startsAt", "endsAt", "durationMonths", "triggerSymptoms", status, "lastContactAt", "updatedAt")
      SELECT gen_random_uuid(), r."patientId", r.id, r."serviceId", (SELECT c.id FROM "Clinician" c WHERE c."serviceId" = r."serviceId" LIMIT 1),
             now() - make_interval(days => (random() * 300)::int),
             CASE WHEN random() < 0.1 THEN NULL ELSE now() + make_interval(days => (random() * 700)::int - 20) END,
             12, 'Bench symptoms', 'ACTIVE', now() - make_interval(days => (random() * 300)::int), now()
      FROM "Referral" r WHERE r."pathwayId" LIKE 'BENCH%'`);
    await db.$executeRawUnsafe(`
      INSERT INTO "PifuRequest" (id, "pathwayId", "patientId", "serviceId", source, answers, details, "requestedAt", "dueAt", status, "updatedAt")
      SELECT gen_random_uuid(), p.id, p."patientId", p."serviceId", 'ONLINE', '[]', 'Bench request', now() - interval '5 days', now() + make_interval(hours => (random() * 240)::int - 120), 'OPEN', now()
      FROM (SELECT id, "patientId", "serviceId" FROM "PifuPathway" WHERE status = 'ACTIVE' ORDER BY id LIMIT ${OPEN_REQUESTS}) p`);
    await db.$executeRawUnsafe(`ANALYZE "PifuPathway"; ANALYZE "PifuRequest"; ANALYZE "Referral"`);
    console.log(`filled ${PATHWAYS.toLocaleString("en-GB")} pathways and ${OPEN_REQUESTS.toLocaleString("en-GB")} open requests in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

    const msk = await db.service.findUniqueOrThrow({ where: { code: "MSK" }, select: { id: true } });
    console.log(summarise("PIFU list, page 1, all services", await timeRuns(30, () => listPifuPathways(db))));
    let cursor = (await listPifuPathways(db)).next;
    for (let i = 0; i < 200 && cursor; i++) cursor = (await listPifuPathways(db, { after: cursor })).next;
    console.log(summarise("PIFU list, page 200, all services", await timeRuns(30, () => listPifuPathways(db, { after: cursor }))));
    console.log(summarise("PIFU list, page 1, MSK", await timeRuns(30, () => listPifuPathways(db, { serviceId: msk.id }))));
    console.log(summarise("PIFU list, ending in 4 weeks", await timeRuns(30, () => listPifuPathways(db, { view: "ending" }))));
    console.log(summarise("PIFU list, overdue requests", await timeRuns(30, () => listPifuPathways(db, { view: "overdue" }))));
    console.log(summarise("PIFU list view counts", await timeRuns(30, () => pifuListCounts(db))));
    console.log(summarise("PIFU triage queue, all services", await timeRuns(30, () => pifuTriageQueue(db))));
    console.log(summarise("PIFU report, 12 months", await timeRuns(10, () => pifuReport(db))));
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
