import { beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@/server/referrals/fhir/api-clients";
import { createTestFixtures, uniqueCode, uniqueNhsNumber, type TestFixtures } from "@/server/platform/testing/fixtures";
import { setupTestDatabaseHandle } from "@/server/platform/testing/test-database";

// The real route handlers, against this file's test database.
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
  key = (await createApiClient(db, { name: `Test GP system ${uniqueCode()}`, scopes: ["READ", "WRITE"], serviceCodes: [f.service.code] })).key;
});

const BASE = "http://127.0.0.1/api/fhir/r4/ServiceRequest";

function post(body: unknown, authorization: string | null = `Bearer ${key}`) {
  const headers: Record<string, string> = { "content-type": "application/fhir+json" };
  if (authorization) headers.authorization = authorization;
  return routes.POST(new Request(BASE, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

function serviceRequest(overrides: Record<string, unknown> = {}, nhsNumber = uniqueNhsNumber()) {
  return {
    resourceType: "ServiceRequest",
    contained: [
      {
        resourceType: "Patient",
        id: "pat",
        identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber }],
        name: [{ family: `Fhir ${uniqueCode()}`, given: ["Robin"] }],
        birthDate: "1969-08-30",
        address: [{ line: ["7 Oak Lane"], city: "Northfield", postalCode: "B31 3CC" }],
        telecom: [{ system: "email", value: `robin-${uniqueCode().toLowerCase()}@example.invalid` }],
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
    ...overrides,
  };
}

async function issues(response: Response) {
  const body = (await response.json()) as { resourceType: string; issue: { code: string; diagnostics: string; expression?: string[] }[] };
  expect(body.resourceType).toBe("OperationOutcome");
  return body.issue;
}

describe("POST /api/fhir/r4/ServiceRequest", () => {
  it("creates the referral (and the patient) and answers 201 with the resource as application/fhir+json", async () => {
    const resource = serviceRequest();
    const response = await post(resource);
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    const body = (await response.json()) as { id: string; [k: string]: unknown };
    expect(response.headers.get("location")).toMatch(new RegExp(`/api/fhir/r4/ServiceRequest/${body.id}$`));
    expect(body).toMatchObject({
      resourceType: "ServiceRequest",
      status: "active",
      intent: "order",
      priority: "urgent",
      subject: { identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: resource.subject.identifier.value } },
      authoredOn: "2026-01-05T10:15:00.000Z",
      requester: { display: "Dr Khan, Elm Surgery", identifier: { value: "M85001" } },
      performer: [{ identifier: { system: "urn:front-door:service-code", value: f.service.code } }],
      reasonCode: [{ text: "Persistent knee pain" }],
    });
    const referral = await db.referral.findUniqueOrThrow({ where: { id: body.id }, include: { patient: true } });
    expect(referral).toMatchObject({ status: "AWAITING_TRIAGE", priority: "URGENT", rttStatusCode: "10", serviceId: f.service.id, sourceId: resource.identifier[0]!.value });
    expect(referral.patient).toMatchObject({ givenName: "Robin", postcode: "B31 3CC" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: body.id, action: "referral.created" } });
    expect(audit.actorLabel).toMatch(/^API client: Test GP system/);
  });

  it("maps asap and stat to two-week wait, and a UBRN to an e-Referral Service referral", async () => {
    const ubrn = String(Math.floor(Math.random() * 1e12)).padStart(12, "0");
    const response = await post(serviceRequest({ priority: "asap", identifier: [{ system: "https://fhir.nhs.uk/Id/UBRN", value: ubrn }] }));
    expect(response.status).toBe(201);
    expect(await db.referral.findUniqueOrThrow({ where: { ubrn } })).toMatchObject({ priority: "TWO_WEEK_WAIT", source: "E_REFERRAL_SERVICE" });
  });

  it("repeating the same request (same identifier) returns the first referral with 200 and creates nothing, even all at once", async () => {
    const resource = serviceRequest();
    const first = await post(resource);
    const { id } = (await first.json()) as { id: string };
    const repeats = await Promise.all(Array.from({ length: 5 }, () => post(resource)));
    for (const repeat of repeats) {
      expect(repeat.status).toBe(200);
      expect(((await repeat.json()) as { id: string }).id).toBe(id);
    }
    expect(await db.referral.count({ where: { sourceId: resource.identifier[0]!.value } })).toBe(1);
  });

  it("finds a known patient by NHS number without a contained Patient", async () => {
    const patient = await f.createPatient();
    const response = await post(serviceRequest({ contained: undefined, subject: { identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: patient.nhsNumber } } }));
    expect(response.status).toBe(201);
    expect(await db.referral.count({ where: { patientId: patient.id } })).toBe(1);
  });

  it.each([
    { name: "no key", authorization: null },
    { name: "a wrong key", authorization: "Bearer fdk_not-a-real-key" },
    { name: "a malformed header", authorization: "Basic abc" },
  ])("answers 401 with an OperationOutcome for $name", async ({ authorization }) => {
    const response = await post(serviceRequest(), authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await issues(response))[0]).toMatchObject({ code: "login" });
  });

  it("answers 401 for a key that has been turned off", async () => {
    const other = await createApiClient(db, { name: "Retired system", scopes: ["WRITE"], serviceCodes: [f.service.code] });
    await db.apiClient.update({ where: { id: other.id }, data: { active: false } });
    expect((await post(serviceRequest(), `Bearer ${other.key}`)).status).toBe(401);
  });

  it.each([
    { name: "a body that is not JSON", body: "{not json", status: 400, code: "structure", text: /not valid JSON/ },
    { name: "another resource type", body: { resourceType: "Patient" }, status: 400, code: "structure", text: /must be a ServiceRequest/ },
    { name: "an unknown priority code", override: { priority: "whenever" }, status: 400, code: "structure", text: /priority must be routine, urgent, asap or stat/ },
    { name: "a missing subject", override: { subject: undefined }, status: 400, code: "structure", expression: "ServiceRequest.subject" },
    { name: "no NHS number", override: { contained: undefined, subject: { display: "Robin" } }, status: 422, code: "required", expression: "ServiceRequest.subject.identifier" },
    { name: "an NHS number with a wrong check digit", nhs: "9434765918", status: 422, code: "value", text: /valid 10-digit NHS number/, expression: "ServiceRequest.subject.identifier.value" },
    { name: "an unknown service", override: { performer: [{ identifier: { system: "urn:front-door:service-code", value: "NOPE" } }] }, status: 422, code: "business-rule", text: /no service with the code NOPE/ },
    { name: "no service at all", override: { performer: undefined }, status: 422, code: "required", expression: "ServiceRequest.performer" },
    { name: "no identifier", override: { identifier: undefined }, status: 422, code: "required", expression: "ServiceRequest.identifier" },
    { name: "no reason", override: { reasonCode: undefined }, status: 422, code: "required", expression: "ServiceRequest.reasonCode" },
    { name: "authoredOn in the future", override: { authoredOn: "2999-01-01" }, status: 422, code: "value", expression: "ServiceRequest.authoredOn" },
    { name: "a new patient with no details", override: { contained: undefined }, status: 422, code: "required", text: /include a contained Patient/ },
    { name: "a NUL byte in the reason", override: { reasonCode: [{ text: "Knee\u0000pain" }] }, status: 400, code: "structure", text: /hidden/ },
    { name: "a control character in the patient's name", override: { requester: { display: "Dr\u001B Khan" } }, status: 400, code: "structure", text: /hidden/ },
  ])("refuses $name with $status and says where", async ({ body, override, nhs, status, code, text, expression }) => {
    const response = await post(body ?? serviceRequest(override ?? {}, nhs));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/fhir+json");
    const list = await issues(response);
    expect(list[0]!.code).toBe(code);
    if (text) expect(list.map((i) => i.diagnostics).join(" ")).toMatch(text);
    if (expression) expect(list.flatMap((i) => i.expression ?? [])).toContain(expression);
  });
});

describe("GET /api/fhir/r4/ServiceRequest", () => {
  it("reads one referral, and answers 404 for an unknown id", async () => {
    const created = (await (await post(serviceRequest())).json()) as { id: string };
    const auth = { headers: { authorization: `Bearer ${key}` } };
    const found = await readRoute.GET(new Request(`${BASE}/${created.id}`, auth), { params: Promise.resolve({ id: created.id }) });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ resourceType: "ServiceRequest", id: created.id });
    const missing = await readRoute.GET(new Request(`${BASE}/x`, auth), { params: Promise.resolve({ id: "019a0000-0000-7000-8000-000000000000" }) });
    expect(missing.status).toBe(404);
    expect((await issues(missing))[0]!.code).toBe("not-found");
    const unauthorised = await readRoute.GET(new Request(`${BASE}/${created.id}`), { params: Promise.resolve({ id: created.id }) });
    expect(unauthorised.status).toBe(401);
  });

  it("searches by the patient's NHS number (patient.identifier or subject:identifier) and returns a searchset Bundle", async () => {
    const patient = await f.createPatient();
    const subject = { identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: patient.nhsNumber } };
    await post(serviceRequest({ contained: undefined, subject }));
    await post(serviceRequest({ contained: undefined, subject, priority: "routine" }));
    await post(serviceRequest());
    const search = (query: string) => routes.GET(new Request(`${BASE}?${query}`, { headers: { authorization: `Bearer ${key}` } }));

    for (const parameter of ["patient.identifier", "subject:identifier"]) {
      const response = await search(`${parameter}=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${patient.nhsNumber}`)}`);
      expect(response.status).toBe(200);
      const bundle = (await response.json()) as { resourceType: string; type: string; total: number; entry: { fullUrl: string; resource: { subject: { identifier: { value: string } } } }[] };
      expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 2 });
      expect(bundle.entry.map((e) => e.resource.subject.identifier.value)).toEqual([patient.nhsNumber, patient.nhsNumber]);
      expect(bundle.entry[0]!.fullUrl).toMatch(/\/api\/fhir\/r4\/ServiceRequest\/[0-9a-f-]{36}$/);
    }
    expect((await search("")).status).toBe(400);
    expect((await search("patient.identifier=https://example.org/other|123")).status).toBe(400);
    expect((await search("status=active")).status).toBe(400);
    expect((await search(`patient.identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${patient.nhsNumber}\u0000`)}`)).status).toBe(400);
    expect((await search(`patient.identifier=${encodeURIComponent("https://fhir.nhs.uk/Id/nhs-number\u0000|1")}`)).status).toBe(400);
  });
});

describe("API key scopes", () => {
  const search = (apiKey: string, nhsNumber: string) =>
    routes.GET(new Request(`${BASE}?patient.identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`, { headers: { authorization: `Bearer ${apiKey}` } }));
  const read = (apiKey: string, id: string) => readRoute.GET(new Request(`${BASE}/${id}`, { headers: { authorization: `Bearer ${apiKey}` } }), { params: Promise.resolve({ id }) });

  it("refuses a read-only key's referrals and a write-only key's searches with 403", async () => {
    const readOnly = (await createApiClient(db, { name: "Reader", scopes: ["READ"], serviceCodes: [f.service.code] })).key;
    const writeOnly = (await createApiClient(db, { name: "Sender", scopes: ["WRITE"], serviceCodes: [f.service.code] })).key;
    const nhsNumber = uniqueNhsNumber();

    const refused = await post(serviceRequest({}, nhsNumber), `Bearer ${readOnly}`);
    expect(refused.status).toBe(403);
    expect((await issues(refused))[0]!.code).toBe("forbidden");
    expect(await db.patient.count({ where: { nhsNumber } })).toBe(0);

    const created = (await (await post(serviceRequest({}, nhsNumber), `Bearer ${writeOnly}`)).json()) as { id: string };
    expect((await search(writeOnly, nhsNumber)).status).toBe(403);
    expect((await read(writeOnly, created.id)).status).toBe(403);
    expect((await search(readOnly, nhsNumber)).status).toBe(200);
  });

  it("lets a key send, search and read only its own services' referrals, and audits every read", async () => {
    const other = await createTestFixtures(db);
    const otherKey = (await createApiClient(db, { name: "Other service system", scopes: ["READ", "WRITE"], serviceCodes: [other.service.code] })).key;
    const patient = await f.createPatient();
    const subject = { identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: patient.nhsNumber } };
    const mine = (await (await post(serviceRequest({ contained: undefined, subject }))).json()) as { id: string };

    // Another service's key: cannot send to this service, finds nothing here, cannot read it.
    const refused = await post(serviceRequest({ contained: undefined, subject }), `Bearer ${otherKey}`);
    expect(refused.status).toBe(403);
    const bundle = (await (await search(otherKey, patient.nhsNumber)).json()) as { total: number };
    expect(bundle.total).toBe(0);
    expect((await read(otherKey, mine.id)).status).toBe(404);

    const before = await db.auditEvent.count({ where: { action: { startsWith: "fhir.service-request." } } });
    expect(((await (await search(key, patient.nhsNumber)).json()) as { total: number }).total).toBe(1);
    expect((await read(key, mine.id)).status).toBe(200);
    const audits = await db.auditEvent.findMany({ where: { patientId: patient.id, action: { startsWith: "fhir.service-request." } }, orderBy: { occurredAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["fhir.service-request.searched", "fhir.service-request.read"]);
    expect(audits.every((a) => a.actorLabel.startsWith("API client: Test GP system"))).toBe(true);
    expect(await db.auditEvent.count({ where: { action: { startsWith: "fhir.service-request." } } })).toBeGreaterThanOrEqual(before + 2);
  });
});
