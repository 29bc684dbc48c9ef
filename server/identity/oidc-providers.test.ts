import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { matchNhsLoginPatient } from "./oidc-providers";

const db = setupTestDatabase();

async function patient() {
  const f = await createTestFixtures(db);
  return f.createPatient({ dateOfBirth: new Date("1969-11-02T00:00:00Z") });
}

const claims = (nhsNumber: string, birthdate: string, level: string) => ({ sub: "x", nhs_number: nhsNumber, birthdate, identity_proofing_level: level });

describe("matching an NHS login identity to a patient", () => {
  it("matches a P9 identity by NHS number and date of birth", async () => {
    const p = await patient();
    expect(await matchNhsLoginPatient(claims(p.nhsNumber, "1969-11-02", "P9"), db)).toEqual({ ok: true, patientId: p.id });
  });

  it("refuses a lower proofing level, even when everything else matches", async () => {
    const p = await patient();
    expect(await matchNhsLoginPatient(claims(p.nhsNumber, "1969-11-02", "P5"), db)).toEqual({ ok: false, reason: "proofing-level" });
    expect(await matchNhsLoginPatient({ sub: "x", nhs_number: p.nhsNumber, birthdate: "1969-11-02" }, db)).toEqual({ ok: false, reason: "proofing-level" });
  });

  it("refuses a date of birth or NHS number that does not match", async () => {
    const p = await patient();
    expect(await matchNhsLoginPatient(claims(p.nhsNumber, "1969-11-03", "P9"), db)).toEqual({ ok: false, reason: "no-match" });
    expect(await matchNhsLoginPatient(claims("9999999999", "1969-11-02", "P9"), db)).toEqual({ ok: false, reason: "no-match" });
    expect(await matchNhsLoginPatient(claims("", "", "P9"), db)).toEqual({ ok: false, reason: "no-match" });
  });
});
