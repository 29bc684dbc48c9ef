import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { REFERRAL_CSV_COLUMNS } from "@/server/referrals/csv/referral-csv-columns";
import { MAX_CSV_ROWS } from "@/server/referrals/import-referral-csv";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import a referral worklist" };

export default async function ImportReferralsPage() {
  await requireStaff("BOOKING_CLERK");
  return (
    <>
      <BackLink href="/staff/referrals">Back to referrals</BackLink>
      <h1>Import a referral worklist</h1>
      <p>Upload a CSV file of referrals, for example an e-Referral Service worklist, with up to {MAX_CSV_ROWS.toLocaleString("en-GB")} rows. The first row must name the columns.</p>
      <Details summary="Which columns the file needs">
        <Table
          head={["Column", "Required", "What it holds"]}
          rows={REFERRAL_CSV_COLUMNS.map((c) => [<code key="c">{c.name}</code>, c.required ? "Yes" : "No", c.description])}
        />
      </Details>
      <ImportForm />
    </>
  );
}
