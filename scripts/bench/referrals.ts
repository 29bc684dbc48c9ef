import { seedDemoTrust } from "../../prisma/seed/index";
import { DEMO_PATIENT } from "../../prisma/seed/demo-identities";
import { createDbClient } from "../../server/platform/db/client";
import { searchServiceRequests } from "../../server/referrals/fhir/service-request-api";
import { nhsNumberCheckDigit } from "../../server/patients/nhs-number";
import { importReferralCsv } from "../../server/referrals/import-referral-csv";
import { findPatientReferral, patientWaitEstimate } from "../../server/referrals/patient-referral";
import { referralSearchSchema, searchReferrals } from "../../server/referrals/staff-referral-search";
import { triageWorklist } from "../../server/referrals/triage-worklist";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

const actor = { userId: null, label: "Benchmark" };

/** Referral intake and the pages that read referrals, on the demo trust (3,000 referrals). */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  try {
    await seedDemoTrust(db, { today: new Date() });
    const csv = worklist(500);
    const dry = performance.now();
    const checked = await importReferralCsv(db, csv, actor, { dryRun: true });
    console.log(`CSV dry run, 500 new patients: ${(performance.now() - dry).toFixed(0)} ms (${checked.ok ? checked.counts.accepted : 0} accepted)`);
    const real = performance.now();
    await importReferralCsv(db, csv, actor, { dryRun: false });
    console.log(`CSV import, 500 new patients: ${(performance.now() - real).toFixed(0)} ms`);
    const again = performance.now();
    await importReferralCsv(db, csv, actor, { dryRun: true });
    console.log(`CSV dry run of the same file again (all duplicates): ${(performance.now() - again).toFixed(0)} ms`);

    const msk = await db.service.findUniqueOrThrow({ where: { code: "MSK" }, select: { id: true } });
    console.log(summarise("referrals list, page 1", await timeRuns(50, () => searchReferrals(db, referralSearchSchema.parse({})))));
    console.log(summarise("referrals list, MSK accepted", await timeRuns(50, () => searchReferrals(db, referralSearchSchema.parse({ serviceId: msk.id, status: "ACCEPTED" })))));
    console.log(summarise("referrals search by family name", await timeRuns(50, () => searchReferrals(db, referralSearchSchema.parse({ q: "Morgan" })))));
    console.log(summarise("triage worklist, MSK", await timeRuns(50, () => triageWorklist(db, msk.id, 1))));

    const patient = await db.patient.findUniqueOrThrow({ where: { nhsNumber: DEMO_PATIENT.nhsNumber }, select: { id: true, referrals: { where: { status: "ACCEPTED" }, select: { id: true } } } });
    const referralId = patient.referrals[0]!.id;
    console.log(
      summarise(
        "patient tracker (referral + wait estimate)",
        await timeRuns(50, async () => {
          const referral = await findPatientReferral(db, patient.id, referralId);
          if (referral) await patientWaitEstimate(db, referral, new Date());
        }),
      ),
    );
    const params = new URLSearchParams({ "patient.identifier": `https://fhir.nhs.uk/Id/nhs-number|${DEMO_PATIENT.nhsNumber}` });
    const serviceIds = (await db.service.findMany({ select: { id: true } })).map((s) => s.id);
    const caller = { id: "bench", name: "Bench", actor: { userId: null, label: "API client: Bench" }, scopes: ["READ" as const], serviceIds };
    console.log(summarise("FHIR search by NHS number", await timeRuns(50, () => searchServiceRequests(db, params, caller, "http://localhost", "http://localhost/x"))));
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

function worklist(rows: number): string {
  const lines = ["nhs_number,given_name,family_name,date_of_birth,address_line_1,town,postcode,referral_date,service_code,priority,ubrn,referrer_name,reason"];
  for (let i = 0; i < rows; i++) {
    const first9 = String(700_000_000 + i * 7);
    const check = nhsNumberCheckDigit(first9);
    if (check === null) continue;
    lines.push(`${first9}${check},Bench,Patient ${i},1970-01-01,1 Bench Road,Northfield,B31 1AA,2026-01-05,MSK,routine,${String(500_000_000_000 + i)},Dr Bench,Knee pain`);
  }
  return lines.join("\n");
}
