/**
 * Every heavy page's queries on the demo trust at 1x and at N x (`--scale N`,
 * default 100): p50/p95 of the page's data functions, database round trips
 * included. Target: p95 under 50 ms at scale and no more than twice the 1x figure.
 * The machine is shared, so compare the two columns of one run, not across runs.
 */
import { addDays } from "date-fns";
import { DEMO_PATIENT } from "../../prisma/seed/demo-identities";
import { findFreeSlots } from "../../server/booking/core/find-slots";
import { bookingCentreSummary } from "../../server/booking/centre/dashboard";
import { listBookableEntries, patientBookableTypes } from "../../server/booking/self-service/bookable-entries";
import { londonDayOf, addDays as addLondonDays } from "../../server/booking/self-service/london-days";
import { accountScope } from "../../server/booking/self-service/scope";
import { searchPatientSlots } from "../../server/booking/self-service/search-slots";
import { listUpcomingAppointments } from "../../server/booking/self-service/upcoming-appointments";
import { patientSearchSchema } from "../../server/patients/patient-search-schema";
import { searchPatients } from "../../server/patients/search-patients";
import type { Db } from "../../server/platform/db/client";
import { findPatientReferral, patientWaitEstimate } from "../../server/referrals/patient-referral";
import { listPatientReferrals } from "../../server/referrals/patient-referrals";
import { referralCursor, referralSearchSchema, searchReferrals } from "../../server/referrals/staff-referral-search";
import { triageWorklist } from "../../server/referrals/triage-worklist";
import { dayKey } from "../../server/scheduling/diary/diary-schema";
import { loadDiary } from "../../server/scheduling/diary/load-diary";
import { listOpenTasks } from "../../server/worklists/open-tasks";
import { percentile, timeRuns } from "./_stats";
import { startTrustAtScale } from "./_trust-at-scale";
import type { BenchOptions } from "../bench";

const RUNS = 40;
const WARM_UP = 3;
const P95_TARGET_MS = 50;

type Case = { label: string; run: () => Promise<unknown> };
type Figures = { p50: number; p95: number };

export async function run(options: BenchOptions = {}): Promise<void> {
  const factor = options.scale ?? 100;
  const small = await measureAt(1);
  const large = await measureAt(factor);
  console.log(`\n| query | 1x p50 | 1x p95 | ${factor}x p50 | ${factor}x p95 | p95 ${factor}x/1x | target |`);
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const [label, one] of small) {
    const many = large.get(label)!;
    const ratio = many.p95 / one.p95;
    const met = many.p95 < P95_TARGET_MS && ratio <= 2;
    console.log(`| ${label} | ${ms(one.p50)} | ${ms(one.p95)} | ${ms(many.p50)} | ${ms(many.p95)} | ${ratio.toFixed(1)}x | ${met ? "met" : "MISSED"} |`);
  }
  console.log(`(target: p95 < ${P95_TARGET_MS} ms at ${factor}x and at most 2x the 1x p95; ${RUNS} runs each after ${WARM_UP} to warm up)`);
}

async function measureAt(factor: number): Promise<Map<string, Figures>> {
  const trust = await startTrustAtScale(factor);
  try {
    const c = trust.counts;
    console.log(
      `${factor}x trust built in ${trust.seconds.toFixed(0)} s: ${c.patients.toLocaleString("en-GB")} patients, ${c.referrals.toLocaleString("en-GB")} referrals, ` +
        `${c.slots.toLocaleString("en-GB")} slots, ${c.appointments.toLocaleString("en-GB")} appointments, ${c.waitingListEntries.toLocaleString("en-GB")} waiting-list entries, ` +
        `${c.auditEvents.toLocaleString("en-GB")} audit events, ${c.worklistTasks.toLocaleString("en-GB")} worklist tasks`,
    );
    const figures = new Map<string, Figures>();
    for (const { label, run } of await heavyPages(trust.db)) {
      for (let i = 0; i < WARM_UP; i++) await run();
      const samples = await timeRuns(RUNS, run);
      figures.set(label, { p50: percentile(samples, 50), p95: percentile(samples, 95) });
    }
    return figures;
  } finally {
    await trust.stop();
  }
}

/** The data functions behind each heavy page, with what a user would ask of them on the demo trust. */
export async function heavyPages(db: Db): Promise<Case[]> {
  const now = new Date();
  const msk = await db.service.findUniqueOrThrow({ where: { code: "MSK" }, select: { id: true } });
  const clinic = await db.clinic.findUniqueOrThrow({ where: { code: "MSK-NCH-1" }, select: { id: true } });
  const patient = await db.patient.findUniqueOrThrow({
    where: { nhsNumber: DEMO_PATIENT.nhsNumber },
    select: { id: true, referrals: { where: { status: "ACCEPTED" }, select: { id: true } } },
  });
  const scope = accountScope({ userId: patient.id, patientId: patient.id });
  const referralId = patient.referrals[0]!.id;
  const [year, month, day] = DEMO_PATIENT.dateOfBirth.split("-");
  const byName = patientSearchSchema.parse({ searchBy: "nameAndDateOfBirth", familyName: DEMO_PATIENT.familyName, dateOfBirth: { day, month, year } });
  const types = await patientBookableTypes(db, msk.id, "NEW");
  const today = londonDayOf(now);
  const sixWeeks = { from: today, to: addLondonDays(today, 41) };
  const week = dayKey(addDays(now, 7));
  // Page 100 of the list: the 2,476th referral, newest first, is where its cursor points.
  const [beforePage100] = await db.referral.findMany({ orderBy: [{ receivedAt: "desc" }, { id: "asc" }], skip: 99 * 25 - 1, take: 1, select: { id: true, receivedAt: true } });
  return [
    { label: "staff referral list, first page", run: () => searchReferrals(db, referralSearchSchema.parse({})) },
    { label: "staff referral list, page 100", run: () => searchReferrals(db, referralSearchSchema.parse({ after: referralCursor(beforePage100!) })) },
    { label: "staff referral list, MSK accepted", run: () => searchReferrals(db, referralSearchSchema.parse({ serviceId: msk.id, status: "ACCEPTED" })) },
    { label: "referral search by family name", run: () => searchReferrals(db, referralSearchSchema.parse({ q: DEMO_PATIENT.familyName })) },
    { label: "referral search by part of a name", run: () => searchReferrals(db, referralSearchSchema.parse({ q: "organ" })) },
    { label: "patient search, name and date of birth", run: () => searchPatients(db, byName) },
    { label: "triage worklist, MSK", run: () => triageWorklist(db, msk.id, 1) },
    { label: "booking slot list, MSK, 6 weeks, up to 500", run: () => findFreeSlots(db, { serviceId: msk.id, from: now, to: addDays(now, 42), limit: 500 }) },
    { label: "patient slot search, up to 499", run: () => searchPatientSlots(db, types, sixWeeks, now, 499) },
    { label: "diary, clinic week", run: () => loadDiary(db, { kind: "clinic", id: clinic.id }, "week", week) },
    { label: "worklist, open tasks", run: () => listOpenTasks(db, {}) },
    { label: "staff home", run: () => bookingCentreSummary(db, now) },
    {
      label: "patient home",
      run: () => Promise.all([listPatientReferrals(db, patient.id), listBookableEntries(db, scope), listUpcomingAppointments(db, scope, now)]),
    },
    {
      label: "referral tracker",
      run: async () => {
        const referral = await findPatientReferral(db, patient.id, referralId);
        if (referral) await patientWaitEstimate(db, referral, now);
      },
    },
  ];
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
