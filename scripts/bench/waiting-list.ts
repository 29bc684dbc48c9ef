import { createDbClient } from "../../server/platform/db/client";
import { countByBand } from "../../server/waiting-list/band-counts";
import { waitingListFilterSchema, type ListPriority } from "../../server/waiting-list/list-filters";
import { listWaiting } from "../../server/waiting-list/list-waiting";
import { encodeCursor } from "../../server/waiting-list/turn-cursor";
import { startTestDatabase } from "../lib/local-services";
import { buildWaitingListFixture, createFixtureFunctions } from "./_waiting-list-fixture";
import { summarise, timeRuns } from "./_stats";

// BENCH_WAITING_LIST_SIZE=100000 npm run bench -- waiting-list for a quicker run.
const SIZE = Number(process.env.BENCH_WAITING_LIST_SIZE ?? 1_000_000);

/** The waiting list over a trust-scale fixture (1,000,000 entries by default): pages and band counts. */
export async function run(): Promise<void> {
  const database = await startTestDatabase(undefined);
  const db = createDbClient(database.url);
  const now = new Date();
  try {
    const started = performance.now();
    await createFixtureFunctions(db);
    const { serviceIds } = await buildWaitingListFixture(db, SIZE, now);
    const open = await db.waitingListEntry.count({ where: { status: { in: ["WAITING", "BOOKED"] } } });
    console.log(`fixture: ${SIZE.toLocaleString("en-GB")} entries (${open.toLocaleString("en-GB")} open) built in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const all = waitingListFilterSchema.parse({});
    const oneService = waitingListFilterSchema.parse({ serviceId: serviceIds[1] });
    const filtered = waitingListFilterSchema.parse({ serviceId: serviceIds[2], band: "18-52", booked: "no" });
    const [deep] = await db.$queryRawUnsafe<{ id: string; priority: ListPriority; waitingSince: Date }[]>(
      `SELECT "id", "priority"::text AS "priority", "waitingSince" FROM "WaitingListEntry" WHERE "status" IN ('WAITING', 'BOOKED')
        ORDER BY CASE "priority" WHEN 'TWO_WEEK_WAIT' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END, "waitingSince", "id" OFFSET ${Math.floor(open / 2)} LIMIT 1`,
    );
    const deepCursor = deep ? encodeCursor({ ...deep, position: Math.floor(open / 2) }) : null;

    console.log(summarise("first page (50), all services", await timeRuns(40, () => listWaiting(db, all, null, now))));
    console.log(summarise("first page, one service", await timeRuns(40, () => listWaiting(db, oneService, null, now))));
    console.log(summarise("filtered page: service, 18-52 weeks, not booked", await timeRuns(40, () => listWaiting(db, filtered, null, now))));
    console.log(summarise(`deep page (position ${Math.floor(open / 2).toLocaleString("en-GB")})`, await timeRuns(40, () => listWaiting(db, all, deepCursor, now))));
    console.log(summarise("band counts, all services", await timeRuns(20, () => countByBand(db, all, now))));
    console.log(summarise("band counts, one service", await timeRuns(20, () => countByBand(db, oneService, now))));
    console.log(summarise("band counts, service + communication needs", await timeRuns(20, () => countByBand(db, { ...oneService, needs: "yes" }, now))));
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
