import { CsvError, parse } from "csv-parse/sync";

/**
 * Reads a referral worklist CSV with csv-parse (RFC 4180: commas, double-quoted
 * fields with "" for a quote and line breaks inside quotes, CRLF or LF, Excel's
 * byte-order mark) within fixed limits, so a wrong or hostile file gets a clear
 * message rather than tying up the server. Returns each record with the line it
 * started on, for reports.
 */
export const CSV_LIMITS = {
  /** The confirm step sends the file back base64-encoded: this keeps that under the 1 MB server-action body limit. */
  bytes: 500_000,
  /** Referrals (rows after the header). */
  rows: 2_000,
  columns: 40,
  fieldLength: 2_000,
} as const;

export type CsvRecord = { line: number; fields: string[] };
export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: string };

type ParsedRecord = { record: string[]; info: { lines: number } };

export function parseCsv(input: string): CsvParseResult {
  if (Buffer.byteLength(input, "utf8") > CSV_LIMITS.bytes) {
    return { ok: false, line: 1, error: `The file is larger than ${CSV_LIMITS.bytes / 1000} KB. Split it into smaller files.` };
  }
  let parsed: ParsedRecord[];
  try {
    parsed = parse(input, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      // Rows with too few or too many fields are reported row by row by the importer.
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      max_record_size: CSV_LIMITS.columns * CSV_LIMITS.fieldLength,
    }) as unknown as ParsedRecord[]; // with `info: true` each record comes with its position; the sync types do not say so
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, line: lineOf(error), error: explain(error) };
    throw error;
  }
  const records = parsed.map(({ record, info }) => ({ fields: record, line: info.lines - newlinesIn(record) }));

  const header = records[0];
  if (header && header.fields.length === 1) {
    const [only = ""] = header.fields;
    if (only.includes(";")) return { ok: false, line: 1, error: "The file is separated by semicolons (;), not commas. Save it as “CSV UTF-8 (comma delimited)” and upload it again." };
    if (only.includes("\t")) return { ok: false, line: 1, error: "The file is separated by tabs, not commas. Save it as “CSV UTF-8 (comma delimited)” and upload it again." };
  }
  if (records.length - 1 > CSV_LIMITS.rows) {
    return { ok: false, line: records[CSV_LIMITS.rows + 1]!.line, error: `The file has ${records.length - 1} referrals; import at most ${CSV_LIMITS.rows} at a time.` };
  }
  for (const record of records) {
    if (record.fields.length > CSV_LIMITS.columns) return { ok: false, line: record.line, error: `This row has ${record.fields.length} columns; a referral file has at most ${CSV_LIMITS.columns}.` };
    if (record.fields.some((field) => field.length > CSV_LIMITS.fieldLength)) {
      return { ok: false, line: record.line, error: `A field in this row is longer than ${CSV_LIMITS.fieldLength.toLocaleString("en-GB")} characters.` };
    }
  }
  return { ok: true, records };
}

function newlinesIn(fields: string[]): number {
  return fields.reduce((count, field) => count + (field.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}

function lineOf(error: CsvError): number {
  const lines = (error as CsvError & { lines?: number }).lines;
  return typeof lines === "number" && lines > 0 ? lines : 1;
}

function explain(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "A quoted field is not closed: a quote mark is missing";
    case "INVALID_OPENING_QUOTE":
      return "A quote mark appears in the middle of a field: put the whole field in quotes and double the quote mark";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "Text follows a closing quote mark: put the whole field in quotes";
    case "CSV_MAX_RECORD_SIZE":
      return `This row is too long: a referral file has at most ${CSV_LIMITS.columns} columns of ${CSV_LIMITS.fieldLength.toLocaleString("en-GB")} characters.`;
    default:
      return "This line cannot be read as CSV. Check the file is saved as “CSV UTF-8 (comma delimited)”.";
  }
}
