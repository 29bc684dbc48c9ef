import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts ids of any version, as PostgreSQL does", () => {
    expect(isUuid("0195f3a2-7c1d-7e4b-9a10-3c5d2b1e4f60")).toBe(true);
    expect(isUuid("0195F3A2-7C1D-4E4B-8A10-3C5D2B1E4F60")).toBe(true);
  });

  it("refuses what PostgreSQL would fail on, so a bad URL is a 404 rather than an error", () => {
    for (const value of [undefined, "", "not-an-id", "-".repeat(36), "0195f3a2-7c1d-7e4b-9a10-3c5d2b1e4f6g", "0195f3a27c1d7e4b9a103c5d2b1e4f60"]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
