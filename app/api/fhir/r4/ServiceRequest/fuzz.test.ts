import { beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@/server/referrals/fhir/api-clients";
import { createTestFixtures, uniqueCode, uniqueNhsNumber, type TestFixtures } from "@/server/platform/testing/fixtures";
import { setupTestDatabaseHandle } from "@/server/platform/testing/test-database";

/**
 * Generated bad input through the real FHIR route handlers: every string in a
 * valid ServiceRequest replaced in turn by hostile values, odd types in every
 * place, and malformed search parameters. Nothing may answer 5xx, and a refused
 * request changes nothing.
 */
const handle = setupTestDatabaseHandle();
const db = handle.db;
let routes: typeof import("./route");
let readRoute: typeof import("./[id]/route");
let key: string;
let f: TestFixtures;

beforeAll(async () => {
  process.env.DATABASE_URL = handle.url;
  process.env.SMTP_URL ??= "smtp://127.0.0.1:2525";
  routes = await import("./route");
  readRoute = await import("./[id]/route");
  f = await createTestFixtures(db);
  key = (await createApiClient(db, { name: `Fuzz ${uniqueCode()}`, scopes: ["READ", "WRITE"], serviceCodes: [f.service.code] })).key;
});

const BASE = "http://127.0.0.1/api/fhir/r4/ServiceRequest";
const BAD_STRINGS = ["\u0000", "a\u0000b", "\u001B[2J", "\u007F", "\u0085", "\uD800", "x".repeat(5_000), "", " ", "%00", "'; DROP TABLE \"Referral\"; --", "<script>alert(1)</script>"];
const BAD_VALUES: unknown[] = [null, 0, -1, 1e308, true, [], {}, ["\u0000"], { "\u0000": "\u0000" }];

function validResource(nhsNumber: string) {
  return {
    resourceType: "ServiceRequest",
    contained: [
      {
        resourceType: "Patient",
        id: "pat",
        identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber }],
        name: [{ family: "Fuzz", given: ["Robin"] }],
        birthDate: "1969-08-30",
        address: [{ line: ["7 Oak Lane"], city: "Northfield", postalCode: "B31 3CC" }],
        telecom: [{ system: "email", value: "robin@example.invalid" }],
      },
    ],
    identifier: [{ system: "https://gp-system.example/referral-id", value: uniqueCode() }],
    status: "active",
    intent: "order",
    priority: "urgent",
    subject: { reference: "#pat", identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } },
    authoredOn: "2026-01-05T10:15:00+00:00",
    requester: { display: "Dr Khan, Elm Surgery", identifier: { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "M85001" } },
    performer: [{ identifier: { system: "urn:front-door:service-code", value: f.service.code } }],
    reasonCode: [{ text: "Persistent knee pain" }],
    note: [{ text: "Seen twice by the practice nurse" }],
  };
}

/** Every path to a leaf value in the resource. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function withValue(resource: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(resource) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

async function counts() {
  const [referrals, patients, apiWrites] = await Promise.all([
    db.referral.count(),
    db.patient.count(),
    db.auditEvent.count({ where: { action: { not: { startsWith: "fhir.service-request." } } } }),
  ]);
  return { referrals, patients, apiWrites };
}

const post = (body: string) =>
  routes.POST(new Request(BASE, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/fhir+json" }, body }));

describe("the FHIR API under generated bad input", () => {
  it("never answers 5xx, and a refused referral changes nothing", async () => {
    const nhsNumber = uniqueNhsNumber();
    const resource = validResource(nhsNumber);
    const cases: { name: string; body: string }[] = [];
    for (const path of leafPaths(resource)) {
      for (const bad of [...BAD_STRINGS.slice(0, 6), ...BAD_VALUES.slice(0, 4)]) cases.push({ name: `${path.join(".")} = ${JSON.stringify(bad).slice(0, 20)}`, body: JSON.stringify(withValue(resource, path, bad)) });
    }
    for (const raw of ["", "\u0000", "{", "[]", "null", '{"resourceType":"ServiceRequest"\u0000}', "{\"a\":".repeat(2_000)]) cases.push({ name: `raw ${JSON.stringify(raw.slice(0, 20))}`, body: raw });

    const before = await counts();
    const statuses = new Map<number, number>();
    for (const { name, body } of cases) {
      const response = await post(body);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, name).toBeLessThan(500);
      if (response.status >= 400) expect(await counts(), name).toEqual(before);
      else {
        // A harmless change (e.g. a long but valid note) may be accepted; start again from the new state.
        Object.assign(before, await counts());
      }
    }
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  }, 300_000);

  it("never answers 5xx to bad search parameters or ids", async () => {
    const auth = { headers: { authorization: `Bearer ${key}` } };
    const before = await counts();
    for (const bad of [...BAD_STRINGS, "https://fhir.nhs.uk/Id/nhs-number|\u0000", "|||", "%", "\uFFFF"]) {
      for (const name of ["patient.identifier", "subject:identifier", "_count", bad]) {
        const query = new URLSearchParams([[name, bad]]).toString();
        const response = await routes.GET(new Request(`${BASE}?${query}`, auth));
        expect(response.status, `${name}=${JSON.stringify(bad).slice(0, 30)}`).toBeLessThan(500);
      }
      const read = await readRoute.GET(new Request(`${BASE}/x`, auth), { params: Promise.resolve({ id: bad }) });
      expect(read.status).toBe(404);
    }
    // (HTTP cannot carry NUL in a header at all.)
    for (const authorization of [`Bearer ${"x".repeat(10_000)}`, "Basic abc", "Bearer fdk_\u007F", "Bearer fdk_é"]) {
      expect((await routes.GET(new Request(BASE, { headers: { authorization } }))).status).toBe(401);
    }
    expect(await counts()).toEqual(before);
  }, 120_000);
});
