import { seedDemoTrust } from "../../prisma/seed/index";
import { createDbClient } from "../../server/platform/db/client";
import { generateSlots } from "../../server/scheduling/generate-slots";
import { startTestDatabase } from "../lib/local-services";
import { summarise, timeRuns } from "./_stats";

class RollBack extends Error {}

/** Slot generation for the whole demo trust (10 clinics, about 30 weekly sessions), 12 weeks ahead. */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  try {
    const today = new Date();
    const seeded = await seedDemoTrust(db, { today });
    if (!seeded.alreadySeeded) {
      console.log(`seed (8 weeks of slots, ${seeded.counts.slots} slots, ${seeded.counts.appointments} appointments): ${seeded.durationMs} ms`);
    }

    // From nothing: every slot and appointment removed first, all in a transaction rolled back afterwards.
    let cold = 0;
    let created = 0;
    await db
      .$transaction(
        async (tx) => {
          await tx.appointment.deleteMany({});
          await tx.slot.deleteMany({});
          const started = performance.now();
          created = (await generateSlots(tx, { now: today, horizonWeeks: 12 })).created;
          cold = performance.now() - started;
          throw new RollBack();
        },
        { timeout: 120_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    console.log(`12 weeks from nothing, one transaction: ${cold.toFixed(0)} ms (${created} slots)`);

    const started = performance.now();
    const extended = await generateSlots(db, { now: today, horizonWeeks: 12 });
    console.log(`8 → 12 weeks on the seeded trust, a transaction per clinic: ${(performance.now() - started).toFixed(0)} ms (${extended.created} slots added)`);

    console.log(summarise("nightly rerun with nothing to change (whole trust)", await timeRuns(10, () => generateSlots(db, { now: today, horizonWeeks: 12 }))));
    const clinic = await db.clinic.findFirstOrThrow({ orderBy: { code: "asc" }, select: { id: true } });
    console.log(summarise("one clinic, as after a session edit", await timeRuns(30, () => generateSlots(db, { now: today, horizonWeeks: 12, clinicIds: [clinic.id] }))));
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
