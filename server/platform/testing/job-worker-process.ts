/**
 * A job worker in its own process, for the queue's multi-process test:
 * `tsx job-worker-process.ts <database url> <queue>` works the queue until it is
 * empty, then prints the payload numbers it ran as JSON.
 */
import { createDbClient } from "../db/client";
import { runDueJobs } from "../jobs/runner";

const [url, queue] = process.argv.slice(2);
if (!url || !queue) throw new Error("usage: job-worker-process.ts <database url> <queue>");
const client = createDbClient(url);
const ran: number[] = [];
await runDueJobs(client, { [queue]: async (payload) => void ran.push((payload as { n: number }).n) }, { batch: 10 });
await client.$disconnect();
process.stdout.write(JSON.stringify(ran));
