import type { CreateReferralInput } from "../schemas";

/**
 * The columns of a referral worklist CSV (documented in README.md). Headers are
 * matched ignoring case, spaces, dashes and underscores ("NHS Number" = nhs_number).
 * The patient's details are needed only when the NHS number is new to the trust;
 * for a known patient the date of birth, when given, must match.
 */
export const REFERRAL_CSV_COLUMNS = [
  { name: "nhs_number", required: true, path: "patient.nhsNumber", description: "10 digits with a valid check digit; spaces allowed" },
  { name: "given_name", required: false, path: "patient.givenName", description: "Needed for a new patient" },
  { name: "family_name", required: false, path: "patient.familyName", description: "Needed for a new patient" },
  { name: "date_of_birth", required: false, path: "patient.dateOfBirth", description: "YYYY-MM-DD or DD/MM/YYYY; needed for a new patient, checked for a known one" },
  { name: "address_line_1", required: false, path: "patient.addressLine1", description: "Needed for a new patient" },
  { name: "address_line_2", required: false, path: "patient.addressLine2", description: "Optional" },
  { name: "town", required: false, path: "patient.town", description: "Needed for a new patient" },
  { name: "postcode", required: false, path: "patient.postcode", description: "Needed for a new patient" },
  { name: "email", required: false, path: "patient.email", description: "Optional: the patient's email, for messages" },
  { name: "mobile", required: false, path: "patient.mobile", description: "Optional" },
  { name: "referral_date", required: true, path: "receivedAt", description: "When the trust received the referral (the RTT clock start): YYYY-MM-DD or DD/MM/YYYY" },
  { name: "service_code", required: true, path: "serviceCode", description: "The trust's service code, e.g. MSK, POD, PAED, AUD" },
  { name: "priority", required: true, path: "priority", description: "routine, urgent or two week wait (2WW)" },
  { name: "ubrn", required: false, path: "ubrn", description: "e-Referral Service UBRN, 12 digits; identifies the referral so it is never imported twice" },
  { name: "referrer_name", required: true, path: "referrerName", description: "Who referred, e.g. Dr A Khan, Elm Surgery" },
  { name: "referrer_org_code", required: false, path: "referrerOrgCode", description: "ODS code of the referrer's organisation" },
  { name: "referrer_email", required: false, path: "referrerEmail", description: "Where to send a returned referral or advice" },
  { name: "source", required: false, path: "source", description: "GP, E_REFERRAL_SERVICE, SELF, CONSULTANT, OTHER_TRUST or OTHER; default E_REFERRAL_SERVICE with a UBRN, GP without" },
  { name: "reason", required: true, path: "reason", description: "The reason for referral" },
] as const;

export type ReferralCsvColumn = (typeof REFERRAL_CSV_COLUMNS)[number]["name"];

/** Rows without a UBRN are recognised on re-import by patient, service and referral date. */
export const CSV_SOURCE_SYSTEM = "front-door:csv-import";

export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, "");
}

const byNormalisedName = new Map(REFERRAL_CSV_COLUMNS.map((c) => [normaliseHeader(c.name), c.name]));
const columnByPath = new Map<string, string>(REFERRAL_CSV_COLUMNS.map((c) => [c.path, c.name]));

/** The column a field error is about, for the report ("date_of_birth"). */
export function columnForPath(path: string): string | undefined {
  return columnByPath.get(path);
}

export type HeaderMap = { ok: true; index: Map<ReferralCsvColumn, number> } | { ok: false; error: string };

export function mapHeaders(headers: string[]): HeaderMap {
  const index = new Map<ReferralCsvColumn, number>();
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    const name = byNormalisedName.get(normaliseHeader(header));
    if (name && !index.has(name)) index.set(name, i);
    else if (header.trim() !== "") unknown.push(header.trim());
  });
  const missing = REFERRAL_CSV_COLUMNS.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  if (missing.length > 0) return { ok: false, error: `The file has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}. The first row must name the columns.` };
  if (unknown.length > 0) return { ok: false, error: `The file has columns we do not recognise: ${unknown.join(", ")}. Rename or remove them.` };
  return { ok: true, index };
}

const PRIORITIES: Record<string, string> = {
  routine: "ROUTINE",
  urgent: "URGENT",
  twoweekwait: "TWO_WEEK_WAIT",
  "2ww": "TWO_WEEK_WAIT",
  "2weekwait": "TWO_WEEK_WAIT",
};

/** One CSV row as the input createReferral takes; createReferralSchema then judges it like any other referral. */
export function referralInputFromRow(fields: string[], index: Map<ReferralCsvColumn, number>): CreateReferralInput {
  const get = (name: ReferralCsvColumn): string | undefined => {
    const i = index.get(name);
    const value = i === undefined ? undefined : fields[i]?.trim();
    return value === "" ? undefined : value;
  };
  const priority = get("priority");
  const ubrn = get("ubrn");
  const nhsNumber = get("nhs_number") ?? "";
  const serviceCode = get("service_code") ?? "";
  const referralDate = get("referral_date") ?? "";
  const naturalKey = [nhsNumber.replace(/[\s-]/g, ""), serviceCode.toUpperCase(), referralDate].join("|");
  return {
    patient: {
      nhsNumber,
      givenName: get("given_name"),
      familyName: get("family_name"),
      dateOfBirth: get("date_of_birth"),
      addressLine1: get("address_line_1"),
      addressLine2: get("address_line_2"),
      town: get("town"),
      postcode: get("postcode"),
      email: get("email"),
      mobile: get("mobile"),
    },
    receivedAt: referralDate,
    serviceCode,
    priority: (priority ? (PRIORITIES[normaliseHeader(priority)] ?? priority) : undefined) as CreateReferralInput["priority"],
    ubrn,
    referrerName: get("referrer_name") ?? "",
    referrerOrgCode: get("referrer_org_code"),
    referrerEmail: get("referrer_email"),
    source: (get("source")?.toUpperCase() ?? (ubrn ? "E_REFERRAL_SERVICE" : "GP")) as CreateReferralInput["source"],
    reason: get("reason") ?? "",
    ...(ubrn ? {} : { sourceSystem: CSV_SOURCE_SYSTEM, sourceId: naturalKey }),
  };
}
