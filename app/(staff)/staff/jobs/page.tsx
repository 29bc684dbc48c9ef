import type { Metadata } from "next";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { JOB_STATUSES, listJobs } from "@/server/platform/jobs/admin";
import { formatDateTime } from "@/server/platform/time/london";
import { RowAction } from "../letters/letter-buttons";
import { retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Background jobs" };
export const dynamic = "force-dynamic";

const statusLabel = { QUEUED: "Queued", RUNNING: "Running", FAILED: "Failed", DONE: "Finished" } as const;

/** The job queue for administrators: queued, running, failed (with retry) and finished jobs. */
export default async function JobsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireStaff("ADMIN");
  const wanted = (await searchParams).status;
  const status = JOB_STATUSES.find((s) => s === wanted) ?? "FAILED";
  const { jobs, counts } = await listJobs(db(), status);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Background jobs</h1>
        <ul className="nhsuk-list nhsuk-list--inline" aria-label="Job statuses">
          {JOB_STATUSES.map((s) => (
            <li key={s} className="nhsuk-u-margin-right-4" style={{ display: "inline-block" }}>
              {s === status ? (
                <strong>
                  {statusLabel[s]} ({counts[s] ?? 0})
                </strong>
              ) : (
                <a href={`/staff/jobs?status=${s}`}>
                  {statusLabel[s]} ({counts[s] ?? 0})
                </a>
              )}
            </li>
          ))}
        </ul>
        <Table
          caption={`${statusLabel[status]} jobs, newest first (up to 100)`}
          head={["Job", "Queue", "Run at", "Attempts", "Last error", "Next step"]}
          numericColumns={[3]}
          rows={jobs.map((j) => [
            String(j.id),
            j.queue,
            formatDateTime(j.runAt),
            `${j.attempts} of ${j.maxAttempts}`,
            j.lastError ?? "",
            j.status === "FAILED" ? <RowAction key="r" action={retryJobAction} id={String(j.id)} label="Retry" context={`job ${String(j.id)}`} /> : "",
          ])}
        />
      </div>
    </div>
  );
}
