import type { Metadata } from "next";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { triageServiceSummaries } from "@/server/referrals/triage-worklist";

export const metadata: Metadata = { title: "Triage" };

export default async function TriagePage() {
  await requireStaff("CLINICIAN");
  const services = await triageServiceSummaries(db());
  return (
    <>
      <h1>Triage</h1>
      <p>Choose a service to see the referrals waiting for a clinician to decide on them, most urgent and longest waiting first.</p>
      <Table
        caption="Referrals awaiting triage by service"
        captionSize="s"
        head={["Service", "Awaiting triage"]}
        numericColumns={[1]}
        rows={services.map((s) => [<a key="s" href={`/staff/triage/${s.id}`}>{s.name}</a>, s.waiting.toLocaleString("en-GB")])}
      />
    </>
  );
}
