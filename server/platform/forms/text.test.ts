import { describe, expect, it } from "vitest";
import { HIDDEN_CHARACTERS_MESSAGE, multilineText, text } from "./text";

describe("text", () => {
  it("accepts ordinary text, accents and emoji", () => {
    expect(text().trim().min(1).parse("  Siân O'Brien-Ng 👍 ")).toBe("Siân O'Brien-Ng 👍");
    expect(multilineText().parse("𝒜 and 😀\nnext")).toBe("𝒜 and 😀\nnext");
  });

  it.each(["\u0000", "a\u0000b", "\u0007", "line\nbreak", "tab\there", "\u001B[31m", "\u007F", "\u0085", "\uD800", "a\uDC00"])("refuses %j in a single line", (value) => {
    const result = text().trim().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(HIDDEN_CHARACTERS_MESSAGE);
  });

  it("allows line breaks and tabs in multi-line text, but not NUL or other controls", () => {
    expect(multilineText().parse("first\r\nsecond\tthird")).toBe("first\r\nsecond\tthird");
    expect(multilineText().safeParse("a\u0000b").success).toBe(false);
    expect(multilineText().safeParse("a\u000Bb").success).toBe(false);
  });

  it("keeps the caller's own message for a missing value", () => {
    expect(text({ message: "Enter a name" }).safeParse(undefined).error?.issues[0]?.message).toBe("Enter a name");
  });
});
