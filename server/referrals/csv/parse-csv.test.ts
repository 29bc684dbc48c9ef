import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

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
});
