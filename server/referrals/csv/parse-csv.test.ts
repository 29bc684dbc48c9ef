import { describe, expect, it } from "vitest";
import { CSV_LIMITS, parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it.each([
    { name: "plain fields", input: "a,b,c\n1,2,3\n", records: [["a", "b", "c"], ["1", "2", "3"]] },
    { name: "CRLF and no trailing newline", input: "a,b\r\n1,2", records: [["a", "b"], ["1", "2"]] },
    { name: "quoted comma, doubled quote, line break in quotes", input: 'a,b\n"x, y","say ""hi""\nthere"\n', records: [["a", "b"], ["x, y", 'say "hi"\nthere']] },
    { name: "empty fields kept", input: "a,,c\n,,\n", records: [["a", "", "c"], ["", "", ""]] },
    { name: "blank lines skipped, Excel byte-order mark removed", input: "\uFEFFa,b\n\n1,2\n\n", records: [["a", "b"], ["1", "2"]] },
  ])("$name", ({ input, records }) => {
    const result = parseCsv(input);
    expect(result.ok && result.records.map((r) => r.fields)).toEqual(records);
  });

  it("numbers records by the line they start on", () => {
    const result = parseCsv('h\n"multi\nline"\nnext\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    { name: "unclosed quote", input: 'a,b\n"open,2\n', error: /not closed/, line: 2 },
    { name: "stray quote mid-field", input: 'a,b\nx"y,2\n', error: /middle of a field/, line: 2 },
    { name: "text after a closing quote", input: 'a,b\n"x"y,2\n', error: /follows a closing quote/, line: 2 },
  ])("reports $name with its line", ({ input, error, line }) => {
    const result = parseCsv(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(error);
      expect(result.line).toBe(line);
    }
  });

  it("handles line ends that change within a file", () => {
    const result = parseCsv("a,b\r\n1,2\n3,4\r5,6");
    expect(result.ok && result.records.map((r) => [r.line, ...r.fields])).toEqual([[1, "a", "b"], [2, "1", "2"], [3, "3", "4"], [4, "5", "6"]]);
  });

  it("says so when the file is separated by semicolons (or tabs)", () => {
    const semicolons = parseCsv("NHS Number;Service code;Priority\n9434765919;MSK;routine\n");
    expect(semicolons).toMatchObject({ ok: false, line: 1, error: expect.stringMatching(/separated by semicolons/) });
    expect(parseCsv("a\tb\n1\t2\n")).toMatchObject({ ok: false, error: expect.stringMatching(/separated by tabs/) });
  });

  it.each([
    { name: "too many bytes", input: `a\n${"x".repeat(CSV_LIMITS.bytes)}\n`, error: /larger than 500 KB/ },
    { name: "too many rows", input: `a\n${"1\n".repeat(CSV_LIMITS.rows + 1)}`, error: /2001 referrals; import at most 2000/ },
    { name: "too many columns", input: `${Array.from({ length: CSV_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(",")}\n`, error: /at most 40/ },
    { name: "a field too long", input: `a,b\n"${"x".repeat(CSV_LIMITS.fieldLength + 1)}",2\n`, error: /longer than 2,000 characters/ },
  ])("refuses a file with $name", ({ input, error }) => {
    const result = parseCsv(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
