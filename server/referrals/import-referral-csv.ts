import { createHash } from "node:crypto";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import { createReferralInTransaction } from "./create-referral";
import { columnForPath, mapHeaders, referralInputFromRow } from "./csv/referral-csv-columns";
import { CSV_LIMITS, parseCsv } from "./csv/parse-csv";
import { PatientDetailsNeededError, ReferralError } from "./errors";
import { fieldErrors } from "../platform/forms/field-errors";
import { createReferralSchema } from "./schemas";

export const MAX_CSV_BYTES = CSV_LIMITS.bytes;
export const MAX_CSV_ROWS = CSV_LIMITS.rows;

export type CsvRowStatus = "accepted" | "duplicate" | "invalid";

export type CsvRowReport = {
  line: number;
  status: CsvRowStatus;
  /** What the row is, for people reading the report. */
  nhsNumber: string;
  serviceCode: string;
  /** Why a row is invalid or a duplicate. */
  reason?: string;
  newPatient?: boolean;
  referralId?: string;
};

export type CsvImportReport =
  | { ok: false; error: string }
  | {
      ok: true;
      /** false for a dry run: nothing was kept. */
      committed: boolean;
      rows: CsvRowReport[];
      counts: Record<CsvRowStatus, number>;
      fileHash: string;
    };

class DryRunRollback extends Error {
  constructor(readonly report: CsvImportReport) {
    super("dry run");
  }
}

/**
 * Imports a referral worklist CSV through createReferral, row by row, in ONE
 * transaction: every accepted row is created or none is. A dry run does exactly
 * the same work and then rolls it back, so its report (accepted, duplicate,
 * invalid with the reason) is what the import will do, including rows that repeat
 * an earlier row of the same file. Invalid and duplicate rows are skipped, never
 * half-written (each row runs in a savepoint). Importing the same file again
 * creates nothing: every row is then a duplicate (UBRN, or patient + service +
 * referral date for rows without one).
 */
export async function importReferralCsv(client: Db, csv: string, actor: Actor, options: { dryRun: boolean; fileName?: string }): Promise<CsvImportReport> {
  if (Buffer.byteLength(csv, "utf8") > MAX_CSV_BYTES) return { ok: false, error: `The file is larger than ${MAX_CSV_BYTES / 1000} KB. Split it into smaller files.` };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, error: `Line ${parsed.line}: ${parsed.error}` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, error: "The file is empty." };
  const headers = mapHeaders(header.fields);
  if (!headers.ok) return { ok: false, error: headers.error };
  if (records.length === 0) return { ok: false, error: "The file has column names but no referrals." };
  if (records.length > MAX_CSV_ROWS) return { ok: false, error: `The file has ${records.length} referrals; import at most ${MAX_CSV_ROWS} at a time.` };
  const fileHash = createHash("sha256").update(csv).digest("hex");

  try {
    return await client.$transaction(
      async (tx) => {
        const rows: CsvRowReport[] = [];
        const createdOnLine = new Map<string, number>();
        for (const record of records) {
          if (record.fields.length !== header.fields.length) {
            const cell = (name: "nhs_number" | "service_code") => record.fields[headers.index.get(name) ?? -1] ?? "";
            rows.push({ line: record.line, status: "invalid", nhsNumber: cell("nhs_number"), serviceCode: cell("service_code"), reason: `This row has ${record.fields.length} fields but the header has ${header.fields.length}` });
            continue;
          }
          const row = await importRow(tx, record.line, referralInputFromRow(record.fields, headers.index), actor);
          const earlierLine = row.referralId ? createdOnLine.get(row.referralId) : undefined;
          if (row.status === "duplicate" && earlierLine !== undefined) row.reason = `Repeats line ${earlierLine} of this file`;
          if (row.status === "accepted" && row.referralId) createdOnLine.set(row.referralId, record.line);
          rows.push(row);
        }
        const counts = { accepted: 0, duplicate: 0, invalid: 0 };
        for (const row of rows) counts[row.status]++;
        const report: CsvImportReport = { ok: true, committed: !options.dryRun, rows, counts, fileHash };
        if (options.dryRun) throw new DryRunRollback(report);
        await recordAudit(tx, {
          actor,
          action: "referral.csv_imported",
          entityType: "ReferralImport",
          entityId: fileHash,
          after: { fileName: options.fileName, ...counts, referralIds: rows.flatMap((r) => (r.referralId ? [r.referralId] : [])) },
        });
        return report;
      },
      { maxWait: 10_000, timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

async function importRow(tx: Tx, line: number, input: ReturnType<typeof referralInputFromRow>, actor: Actor): Promise<CsvRowReport> {
  const identity = { line, nhsNumber: input.patient.nhsNumber, serviceCode: input.serviceCode };
  const parsed = createReferralSchema.safeParse(input);
  if (!parsed.success) return { ...identity, status: "invalid", reason: describeErrors(fieldErrors(parsed.error)) };
  await tx.$executeRaw`SAVEPOINT csv_row`;
  try {
    const result = await createReferralInTransaction(tx, parsed.data, actor);
    await tx.$executeRaw`RELEASE SAVEPOINT csv_row`;
    if (!result.created) return { ...identity, status: "duplicate", reason: "This referral has already been received", referralId: result.referral.id };
    return { ...identity, status: "accepted", newPatient: result.patientCreated, referralId: result.referral.id };
  } catch (error) {
    if (!(error instanceof ReferralError)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT csv_row`;
    const reason = error instanceof PatientDetailsNeededError ? describeErrors(error.fieldErrors, "New patient: ") : describeErrors({ [error.field ?? "form"]: error.message });
    return { ...identity, status: "invalid", reason };
  }
}

/** "date_of_birth: Enter a real date of birth; postcode: Enter a postcode" */
function describeErrors(errors: Record<string, string>, prefix = ""): string {
  return prefix + Object.entries(errors).map(([path, message]) => (columnForPath(path) ? `${columnForPath(path)}: ${message}` : message)).join("; ");
}
