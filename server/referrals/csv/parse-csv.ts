/**
 * A small RFC 4180 CSV reader: commas, double-quoted fields (with "" for a quote
 * and line breaks inside quotes), CRLF or LF line ends, a UTF-8 byte-order mark
 * from Excel. Returns each record with the line it started on, for reports.
 */
export type CsvRecord = { line: number; fields: string[] };
export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: string };

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedFieldEnded = false;

  const endField = () => {
    fields.push(field);
    field = "";
    quotedFieldEnded = false;
  };
  const endRecord = () => {
    endField();
    // Blank lines (and a trailing newline) are not records.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          quotedFieldEnded = true;
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== "" || quotedFieldEnded) return { ok: false, line, error: "A quote mark appears in the middle of a field: put the whole field in quotes and double the quote mark" };
      inQuotes = true;
    } else if (c === ",") {
      endField();
    } else if (c === "\r" && text[i + 1] === "\n") {
      continue;
    } else if (c === "\n" || c === "\r") {
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (quotedFieldEnded) return { ok: false, line, error: "Text follows a closing quote mark: put the whole field in quotes" };
      field += c;
    }
  }
  if (inQuotes) return { ok: false, line: recordLine, error: "A quoted field is not closed: a quote mark is missing" };
  endRecord();
  return { ok: true, records };
}
