import { describe, expect, it } from "vitest";
import {
  formatNhsNumber,
  isValidNhsNumber,
  nhsNumberCheckDigit,
  nhsNumberSchema,
  normaliseNhsNumber,
} from "./nhs-number";

describe("nhsNumberCheckDigit", () => {
  it("computes the Modulus 11 check digit", () => {
    // 9·10 + 4·9 + 3·8 + 4·7 + 7·6 + 6·5 + 5·4 + 9·3 + 1·2 = 299; 299 mod 11 = 2; 11 − 2 = 9
    expect(nhsNumberCheckDigit("943476591")).toBe(9);
    expect(nhsNumberCheckDigit("999999999")).toBe(9);
    expect(nhsNumberCheckDigit("999000001")).toBe(8);
    expect(nhsNumberCheckDigit("401023213")).toBe(7);
  });

  it("maps a result of 11 to 0", () => {
    // 9·10 + 9·9 + 9·8 + 5·2 = 253 = 23 × 11, so 11 − 0 = 11 → 0
    expect(nhsNumberCheckDigit("999000005")).toBe(0);
  });

  it("returns null when the result is 10: no check digit makes those nine digits valid", () => {
    // 90 + 81 + 72 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 = 320; 320 mod 11 = 1; 11 − 1 = 10
    expect(nhsNumberCheckDigit("999123456")).toBeNull();
  });

  it("rejects anything but nine digits", () => {
    expect(() => nhsNumberCheckDigit("12345678")).toThrow(RangeError);
    expect(() => nhsNumberCheckDigit("12345678a")).toThrow(RangeError);
  });
});

describe("isValidNhsNumber", () => {
  it.each(["9434765919", "9999999999", "9990000018", "9990000026", "4010232137", "9990000050"])("accepts %s", (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });

  it.each([
    ["wrong check digit", "9434765918"],
    ["check digit would be 10", "9991234560"],
    ["nine digits", "943476591"],
    ["eleven digits", "94347659190"],
    ["letters", "94347659a9"],
    ["spaces (not normalised)", "943 476 5919"],
    ["empty", ""],
  ])("rejects %s", (_label, n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });
});

describe("formatting and normalising", () => {
  it("formats 3-3-4", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
  });

  it("leaves something that is not 10 digits as it was", () => {
    expect(formatNhsNumber("12345")).toBe("12345");
  });

  it("strips spaces and dashes", () => {
    expect(normaliseNhsNumber(" 943 476-5919 ")).toBe("9434765919");
    expect(normaliseNhsNumber("943\t476\u00a05919")).toBe("9434765919");
  });
});

describe("nhsNumberSchema", () => {
  it("accepts typed input and yields the normalised number", () => {
    expect(nhsNumberSchema.parse("943 476 5919")).toBe("9434765919");
  });

  it.each(["943 476 5918", "hello", "", "123"])("rejects %j with a clear message", (input) => {
    const result = nhsNumberSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a valid 10-digit NHS number");
  });

  it("rejects a non-string with the same message", () => {
    expect(nhsNumberSchema.safeParse(9434765919).error?.issues[0]?.message).toBe("Enter a valid 10-digit NHS number");
  });
});
