import { describe, expect, it } from "vitest";
import { createTestFixtures, testStaffActor, uniqueCode, uniqueNhsNumber } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { importReferralCsv } from "./import-referral-csv";

const db = setupTestDatabase();
const HEADER = "NHS Number,Given name,Family name,Date of birth,Address line 1,Town,Postcode,Referral date,Service code,Priority,UBRN,Referrer name,Reason";

function ubrn(): string {
  return String(Math.floor(Math.random() * 1e12)).padStart(12, "0");
}

function row(values: Partial<Record<"nhs" | "given" | "family" | "dob" | "address" | "town" | "postcode" | "date" | "service" | "priority" | "ubrn" | "referrer" | "reason", string>>) {
  const v = {
    nhs: uniqueNhsNumber(), given: "Jo", family: `Import ${uniqueCode()}`, dob: "1960-04-01", address: "1 High Street", town: "Northfield", postcode: "B31 2AA",
    date: "2026-01-05", service: "", priority: "routine", ubrn: ubrn(), referrer: "Dr Khan, Elm Surgery", reason: "Hearing loss, both ears", ...values,
  };
  return [v.nhs, v.given, v.family, v.dob, v.address, v.town, v.postcode, v.date, v.service, v.priority, v.ubrn, `"${v.referrer}"`, `"${v.reason}"`].join(",");
}

describe("importReferralCsv", () => {
  it("reports a row with hidden characters as invalid instead of failing the whole file", async () => {
    const f = await createTestFixtures(db);
    const csv = [HEADER, row({ service: f.service.code, family: "Nul\u0000Byte" }), row({ service: f.service.code, reason: "bell\u0007" })].join("\n");
    const report = await importReferralCsv(db, csv, testStaffActor, { dryRun: true });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.rows.map((r) => [r.status, r.reason])).toEqual([
      ["invalid", expect.stringMatching(/hidden/)],
      ["invalid", expect.stringMatching(/hidden/)],
    ]);
  });

  it("a dry run reports each row and keeps nothing; the import then creates exactly the accepted rows; a re-import creates none", async () => {
    const f = await createTestFixtures(db);
    const known = await f.createPatient();
    const service = f.service.code;
    const repeated = ubrn();
    const lines = [
      HEADER,
      row({ service, priority: "2WW", reason: "Lump, two-week wait" }),
      row({ service, nhs: known.nhsNumber, given: "", family: "", dob: "1980-05-17", address: "", town: "", postcode: "", priority: "Urgent" }),
      row({ service, ubrn: repeated }),
      row({ service, ubrn: repeated, nhs: uniqueNhsNumber() }),
      row({ service, nhs: "9434765918" }),
      row({ service, dob: "31/02/1960" }),
      row({ service: `NOPE${uniqueCode()}` }),
      row({ service, given: "", postcode: "" }),
      row({ service, nhs: known.nhsNumber, dob: "1999-12-31" }),
      row({ service, priority: "whenever" }),
      row({ service, date: "2099-01-01" }),
      `${row({ service })},extra`,
    ];
    const csv = lines.join("\r\n");

    const dry = await importReferralCsv(db, csv, testStaffActor, { dryRun: true });
    expect(dry.ok).toBe(true);
    if (!dry.ok) return;
    expect(dry.committed).toBe(false);
    expect(dry.rows.map((r) => [r.line, r.status])).toEqual([
      [2, "accepted"], [3, "accepted"], [4, "accepted"], [5, "duplicate"], [6, "invalid"], [7, "invalid"],
      [8, "invalid"], [9, "invalid"], [10, "invalid"], [11, "invalid"], [12, "invalid"], [13, "invalid"],
    ]);
    const reasons = dry.rows.map((r) => r.reason ?? "");
    expect(reasons[3]).toBe("Repeats line 4 of this file");
    expect(reasons[4]).toMatch(/^nhs_number: Enter a valid 10-digit NHS number/);
    expect(reasons[5]).toMatch(/date_of_birth: Enter a real date of birth/);
    expect(reasons[6]).toMatch(/service_code: There is no service with the code/);
    expect(reasons[7]).toMatch(/^New patient: given_name: .*postcode: /);
    expect(reasons[8]).toMatch(/date of birth does not match/);
    expect(reasons[9]).toMatch(/^priority: /);
    expect(reasons[10]).toMatch(/referral_date: .*today or in the past/);
    expect(reasons[11]).toMatch(/14 fields but the header has 13/);
    expect(dry.counts).toEqual({ accepted: 3, duplicate: 1, invalid: 8 });
    expect(dry.rows[1]).toMatchObject({ newPatient: false });
    expect(await db.referral.count({ where: { serviceId: f.service.id } })).toBe(0);
    expect(await db.patient.count({ where: { familyName: { startsWith: "Import" }, referrals: { some: { serviceId: f.service.id } } } })).toBe(0);

    const imported = await importReferralCsv(db, csv, testStaffActor, { dryRun: false, fileName: "worklist.csv" });
    expect(imported.ok && imported.committed).toBe(true);
    if (!imported.ok) return;
    expect(imported.counts).toEqual({ accepted: 3, duplicate: 1, invalid: 8 });
    const referrals = await db.referral.findMany({ where: { serviceId: f.service.id }, orderBy: { createdAt: "asc" } });
    expect(referrals.map((r) => r.priority)).toEqual(["TWO_WEEK_WAIT", "URGENT", "ROUTINE"]);
    expect(referrals[1]).toMatchObject({ patientId: known.id, source: "E_REFERRAL_SERVICE", rttStatusCode: "10", status: "AWAITING_TRIAGE" });
    expect(referrals[0]!.receivedAt.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(await db.auditEvent.count({ where: { action: "referral.csv_imported", entityId: imported.fileHash } })).toBe(1);

    const again = await importReferralCsv(db, csv, testStaffActor, { dryRun: false });
    expect(again.ok && again.counts).toEqual({ accepted: 0, duplicate: 4, invalid: 8 });
    expect(await db.referral.count({ where: { serviceId: f.service.id } })).toBe(3);
  });

  it("recognises a re-imported row without a UBRN by patient, service and referral date", async () => {
    const f = await createTestFixtures(db);
    const csv = [HEADER, row({ service: f.service.code, ubrn: "" })].join("\n");
    const first = await importReferralCsv(db, csv, testStaffActor, { dryRun: false });
    const second = await importReferralCsv(db, csv, testStaffActor, { dryRun: false });
    expect(first.ok && first.counts.accepted).toBe(1);
    expect(second.ok && second.counts).toEqual({ accepted: 0, duplicate: 1, invalid: 0 });
    expect(await db.referral.count({ where: { serviceId: f.service.id } })).toBe(1);
  });

  it.each([
    { name: "an unclosed quote", csv: `${HEADER}\n1,"open`, error: /Line 2: .*not closed/ },
    { name: "missing required columns", csv: "NHS Number,Reason\n9434765919,x", error: /no referral_date, service_code, priority, referrer_name column/ },
    { name: "unknown columns", csv: `${HEADER},Shoe size\n`, error: /do not recognise: Shoe size/ },
    { name: "no rows", csv: `${HEADER}\n`, error: /no referrals/ },
    { name: "an empty file", csv: "", error: /empty/ },
  ])("refuses a file with $name, before touching the database", async ({ csv, error }) => {
    const report = await importReferralCsv(db, csv, testStaffActor, { dryRun: true });
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.error).toMatch(error);
  });
});

describe("importReferralCsv: plausibility", () => {
  it("refuses a referral date more than 2 years ago and a date of birth in the future, row by row", async () => {
    const f = await createTestFixtures(db);
    const service = f.service.code;
    const csv = [HEADER, row({ service, date: "2019-01-05" }), row({ service, dob: "2099-04-01" }), row({ service })].join("\r\n");
    const dry = await importReferralCsv(db, csv, testStaffActor, { dryRun: true });
    expect(dry.ok).toBe(true);
    if (!dry.ok) return;
    expect(dry.rows.map((r) => r.status)).toEqual(["invalid", "invalid", "accepted"]);
    expect(dry.rows[0]!.reason).toMatch(/referral_date: .*within the last 2 years/);
    expect(dry.rows[1]!.reason).toMatch(/date_of_birth: Date of birth must be in the past/);
  });
});
