"use server";

import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formText } from "@/server/referrals/form-state";
import { importReferralCsv, MAX_CSV_BYTES, type CsvImportReport } from "@/server/referrals/import-referral-csv";
import { staffActor } from "@/server/referrals/staff-actor";

export type ImportState =
  | { status: "idle" }
  | { status: "error"; error: string }
  | { status: "checked"; report: Extract<CsvImportReport, { ok: true }>; fileName: string; encoded: string }
  | { status: "imported"; report: Extract<CsvImportReport, { ok: true }>; fileName: string };

/**
 * Step 1 checks an uploaded file (a dry run: the import, rolled back); step 2
 * imports the same file, sent back from the report page. Both go through
 * importReferralCsv, so the report is what the import does.
 */
export async function importCsvAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const mode = formText(formData, "mode");
  let csv: string;
  let fileName: string;
  if (mode === "import") {
    csv = Buffer.from(formText(formData, "encoded"), "base64").toString("utf8");
    fileName = formText(formData, "fileName");
  } else {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", error: "Choose a CSV file to upload" };
    if (file.size > MAX_CSV_BYTES) return { status: "error", error: `The file is larger than ${MAX_CSV_BYTES / 1000} KB. Split it into smaller files.` };
    csv = await file.text();
    fileName = file.name;
  }
  const report = await importReferralCsv(db(), csv, staffActor(staff), { dryRun: mode !== "import", fileName });
  if (!report.ok) return { status: "error", error: report.error };
  if (mode === "import") return { status: "imported", report, fileName };
  return { status: "checked", report, fileName, encoded: Buffer.from(csv, "utf8").toString("base64") };
}
