import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

const base = "https://frontdoor.example.nhs.uk";

describe("safeRedirect", () => {
  it("keeps paths and addresses on this site", () => {
    expect(safeRedirect("/patient", base)).toBe(`${base}/patient`);
    expect(safeRedirect(`${base}/staff?x=1`, base)).toBe(`${base}/staff?x=1`);
  });

  it.each(["http://[", "https://evil.example/patient", "//evil.example", "/\\evil.example", "/patient\u0000", "javascript:alert(1)", "x".repeat(3000)])(
    "sends %j home instead of failing",
    (url) => {
      expect(safeRedirect(url, base)).toBe(base);
    },
  );
});
