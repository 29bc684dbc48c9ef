"use server";

import { z } from "zod";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import type { FormState } from "@/server/platform/forms/form-state";
import { importReferralCsv, MAX_CSV_BYTES, type CsvImportReport } from "@/server/referrals/import-referral-csv";

type Report = Extract<CsvImportReport, { ok: true }>;

/** The file's report: checked (a dry run, with the file to send back) or imported. */
export type ImportExtra = {
  upload: { step: "checked"; report: Report; fileName: string; encoded: string } | { step: "imported"; report: Report; fileName: string };
};
export type ImportState = FormState<ImportExtra>;

const importSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("import"), encoded: z.string(), fileName: z.string() }),
  z.object({
    mode: z.literal("check"),
    file: z
      .instanceof(File, { message: "Choose a CSV file to upload" })
      .refine((file) => file.size > 0, { message: "Choose a CSV file to upload" })
      .refine((file) => file.size <= MAX_CSV_BYTES, { message: `The file is larger than ${MAX_CSV_BYTES / 1000} KB. Split it into smaller files.` }),
  }),
]);

/**
 * Step 1 checks an uploaded file (a dry run: the import, rolled back); step 2
 * imports the same file, sent back from the report page. Both go through
 * importReferralCsv, so the report is what the import does.
 */
export const importCsvAction = staffAction<typeof importSchema, ImportExtra>(
  "BOOKING_CLERK",
  importSchema,
  async (input, { actor, previous }): Promise<ImportState> => {
    const csv = input.mode === "import" ? Buffer.from(input.encoded, "base64").toString("utf8") : await input.file.text();
    const fileName = input.mode === "import" ? input.fileName : input.file.name;
    const report = await importReferralCsv(db(), csv, actor, { dryRun: input.mode !== "import", fileName });
    const attempt = previous.attempt + 1;
    if (!report.ok) return { status: "error", attempt, errors: { file: report.error }, values: {} };
    if (input.mode === "import") return { status: "done", attempt, errors: {}, values: {}, upload: { step: "imported", report, fileName } };
    return { status: "done", attempt, errors: {}, values: {}, upload: { step: "checked", report, fileName, encoded: Buffer.from(csv, "utf8").toString("base64") } };
  },
  {
    input: (formData) => ({ mode: formData.get("mode") === "import" ? "import" : "check", encoded: formData.get("encoded"), fileName: formData.get("fileName"), file: formData.get("file") }),
    fieldIds: () => "file",
    doing: "Importing a CSV file",
  },
);
