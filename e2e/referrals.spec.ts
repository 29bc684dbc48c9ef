import type { Browser, Page } from "@playwright/test";
import { DEMO_CLERK, DEMO_CLINICIAN } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { createReferral } from "../server/referrals/create-referral";
import { nhsNumberCheckDigit } from "../server/patients/nhs-number";
import { signInAsPatient, signInAsStaff } from "./support/auth";
import { expect, expectAccessible, test } from "./support/fixtures";

/** A valid NHS number outside the seed's range, different on every run. */
function freshNhsNumber(): string {
  for (;;) {
    const first9 = `8${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const check = nhsNumberCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A second signed-in person in the same test, with the same accessibility scan on what they see. */
async function asOther(browser: Browser, signIn: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return page;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await expectAccessible(page);
  return response;
}

test("a clerk imports a CSV, a clinician triages the referral, and the patient follows it on their tracker", async ({ page, browser }) => {
  const nhsNumber = freshNhsNumber();
  const email = `csv-${unique()}@example.nhs.invalid`;
  const family = `Import-${unique()}`;
  const csv = [
    "nhs_number,given_name,family_name,date_of_birth,address_line_1,town,postcode,email,referral_date,service_code,priority,ubrn,referrer_name,reason",
    `${nhsNumber},Morgan,${family},1971-05-20,3 Birch Way,Northfield,B31 2QQ,${email},${new Date().toISOString().slice(0, 10)},MSK,2WW,,"Dr Khan, Elm Surgery",Shoulder pain for 3 months`,
    `9434765918,Bad,Row,1971-05-20,3 Birch Way,Northfield,B31 2QQ,,2026-01-05,MSK,routine,,Dr Khan,Bad NHS number`,
  ].join("\n");

  // The clerk checks the file, reads the report, then imports.
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.getByRole("link", { name: "Import a referral worklist (CSV)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a referral worklist");
  await expectAccessible(page);
  await page.setInputFiles("#file", { name: "worklist.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("1 to import, 0 already received (duplicates), 1 invalid");
  await expect(page.getByRole("row").filter({ hasText: "9434765918" })).toContainText("Enter a valid 10-digit NHS number");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import 1 referral" }).click();
  await expect(page.getByRole("heading", { name: "1 referral imported" })).toBeVisible();
  await expectAccessible(page);

  const client = createDbClient(process.env.DATABASE_URL ?? "");
  const referral = await client.referral.findFirstOrThrow({ where: { patient: { nhsNumber } }, select: { id: true, serviceId: true } });
  await client.$disconnect();

  // The patient sees it being reviewed.
  const patient = await asOther(browser, (p) => signInAsPatient(p, email));
  await visit(patient, `/patient/referrals/${referral.id}`);
  await expect(patient.getByRole("heading", { level: 1 })).toHaveText("MSK physiotherapy");
  const steps = patient.getByRole("list", { name: "Steps of your referral" }).getByRole("listitem");
  await expect(steps.nth(1)).toContainText("Being reviewed");
  await expect(steps.nth(1)).toContainText("Now");
  await expect(patient.getByTestId("weeks-waited")).toContainText("since we received your referral");

  // The clinician finds it on the MSK worklist and accepts it as urgent.
  const clinician = await asOther(browser, (p) => signInAsStaff(p, DEMO_CLINICIAN.email));
  await visit(clinician, `/staff/triage/${referral.serviceId}`);
  await clinician.getByRole("link", { name: new RegExp(`^${family.toUpperCase()}, Morgan`) }).click();
  await clinician.getByRole("button", { name: "Continue" }).click();
  await expect(clinician.locator(".nhsuk-error-summary")).toContainText("Choose a triage outcome");
  await expectAccessible(clinician);
  await clinician.getByLabel("Accept", { exact: true }).check();
  await clinician.getByRole("button", { name: "Continue" }).click();
  await expect(clinician.getByRole("heading", { name: "Decision: accept" })).toBeVisible();
  await expectAccessible(clinician);
  await clinician.getByLabel("Urgent", { exact: true }).check();
  await clinician.getByRole("button", { name: "Record decision" }).click();
  await expect(clinician).toHaveURL(new RegExp(`/staff/triage/${referral.serviceId}\\?done=1`));
  await expect(clinician.getByText("Triage decision recorded")).toBeVisible();
  await expectAccessible(clinician);

  // Accepted cannot now be rejected: the page says it has been triaged.
  await visit(clinician, `/staff/triage/${referral.serviceId}/${referral.id}`);
  await expect(clinician.getByText(/already been triaged: accepted, waiting/)).toBeVisible();

  // The patient's tracker has moved on.
  await visit(patient, `/patient/referrals/${referral.id}`);
  await expect(steps.nth(1)).toContainText("Accepted and waiting");
  await expect(steps.nth(1)).toContainText("Now");
  await expect(steps.nth(1)).toContainText("Your booking reference is");
  await expect(patient.getByTestId("wait-estimate")).toBeVisible();
  await expect(patient.getByText("We will contact you when an appointment is available")).toBeVisible();
});

test("a patient gets 404 for another patient's referral tracker, and 200 for their own", async ({ page }) => {
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  const make = async () => {
    const email = `tracker-${unique()}@example.nhs.invalid`;
    const { referral } = await createReferral(
      client,
      {
        patient: { nhsNumber: freshNhsNumber(), givenName: "Tracker", familyName: unique(), dateOfBirth: "1980-01-01", addressLine1: "1 Road", town: "Northfield", postcode: "B31 1AA", email },
        serviceCode: "POD",
        source: "SELF",
        referrerName: "Self-referral",
        receivedAt: new Date(),
        priority: "ROUTINE",
        reason: "Foot pain",
      },
      { userId: null, label: "e2e" },
    );
    return { email, referralId: referral.id };
  };
  const [mine, theirs] = [await make(), await make()];
  await client.$disconnect();
  await signInAsPatient(page, mine.email);
  expect((await page.goto(`/patient/referrals/${mine.referralId}`))?.status()).toBe(200);
  const other = await page.goto(`/patient/referrals/${theirs.referralId}`);
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a clerk adds a referral for a new patient with the form, after fixing what was missing", async ({ page }) => {
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/referrals/new");
  await page.getByLabel("What is the patient's NHS number?").fill("943 476 5918");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter a valid 10-digit NHS number");
  await expectAccessible(page);

  const nhsNumber = freshNhsNumber();
  await page.getByLabel("What is the patient's NHS number?").fill(nhsNumber);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("No patient has this NHS number yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add referral" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter the patient's first name");
  await expect(summary).toContainText("Choose a service");
  await expectAccessible(page);

  const family = `Form-${unique()}`;
  await page.getByLabel("First name").fill("Avery");
  await page.getByLabel("Last name").fill(family);
  await page.getByRole("group", { name: "Date of birth" }).getByLabel("Day").fill("2");
  await page.getByRole("group", { name: "Date of birth" }).getByLabel("Month").fill("11");
  await page.getByRole("group", { name: "Date of birth" }).getByLabel("Year").fill("1990");
  await page.getByLabel("Address line 1").fill("12 Cedar Close");
  await page.getByLabel("Town or city").fill("Northfield");
  await page.getByLabel("Postcode").fill("b31 4aa");
  await page.getByLabel("Service").selectOption({ label: "Adult hearing services (audiology)" });
  await page.getByLabel("Referrer's name and practice").fill("Dr Patel, Oak Surgery");
  await page.getByLabel("Reason for referral").fill("Gradual hearing loss, left ear");
  await page.getByRole("button", { name: "Add referral" }).click();

  await expect(page).toHaveURL(/\/staff\/referrals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Avery ${family}`);
  await expect(page.getByText("10: Referral received: clock started").first()).toBeVisible();
  await expect(page.getByRole("table", { name: /Everything recorded/ }).getByRole("cell", { name: "Referral received" })).toBeVisible();
  await expectAccessible(page);
});

test("clerks find referrals by status and service, a page at a time", async ({ page }) => {
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.getByRole("link", { name: "Referrals", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referrals");
  await expect(page.getByText(/Showing 25 of (more than )?[\d,]+ referrals/)).toBeVisible();
  await expectAccessible(page);
  // Pages go by position: the next page and back again.
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(page.getByText(/Showing 25 of (more than )?[\d,]+ referrals/)).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Awaiting triage" });
  await page.getByLabel("Service").selectOption({ label: "Podiatry and podiatric surgery" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=AWAITING_TRIAGE/);
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("NHS number, name, UBRN or reference").fill("9990000018");
  await page.getByLabel("Status").selectOption({ label: "All statuses" });
  await page.getByLabel("Service").selectOption({ label: "All services" });
  await page.getByRole("button", { name: "Search" }).click();
  // The demo patient has three referrals (other tests may add more, never fewer).
  await expect(page.getByText(/^Showing \d+ of \d+ referrals$/)).toBeVisible();
  await page.getByRole("link", { name: /MORGAN, Alex/ }).first().click();
  await expect(page.getByRole("heading", { name: "RTT clock" })).toBeVisible();
  await expect(page.getByText("18-week breach date")).toBeVisible();
  await expectAccessible(page);
});

test("systems send and read referrals through the FHIR API with a bearer key", async ({ request }) => {
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  const { createApiClient } = await import("../server/referrals/fhir/api-clients");
  const { key } = await createApiClient(client, { name: `e2e system ${unique()}`, scopes: ["READ", "WRITE"], serviceCodes: ["AUD"] });
  await client.$disconnect();
  const nhsNumber = freshNhsNumber();
  const resource = {
    resourceType: "ServiceRequest",
    contained: [{ resourceType: "Patient", id: "p", name: [{ given: ["Quinn"], family: "Api" }], birthDate: "1955-09-09", address: [{ line: ["5 Ash Row"], city: "Northfield", postalCode: "B31 5AA" }] }],
    identifier: [{ system: "https://gp-system.example/referral", value: unique() }],
    status: "active",
    intent: "order",
    priority: "routine",
    subject: { reference: "#p", identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } },
    authoredOn: new Date().toISOString(),
    requester: { display: "Dr Khan, Elm Surgery" },
    performer: [{ identifier: { system: "urn:front-door:service-code", value: "AUD" } }],
    reasonCode: [{ text: "Tinnitus" }],
  };
  const headers = { Authorization: `Bearer ${key}`, "Content-Type": "application/fhir+json" };

  expect((await request.post("/api/fhir/r4/ServiceRequest", { data: resource, headers: { "Content-Type": "application/fhir+json" } })).status()).toBe(401);
  const created = await request.post("/api/fhir/r4/ServiceRequest", { data: resource, headers });
  expect(created.status()).toBe(201);
  expect(created.headers()["content-type"]).toContain("application/fhir+json");
  const body = (await created.json()) as { id: string };
  const again = await request.post("/api/fhir/r4/ServiceRequest", { data: resource, headers });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { id: string }).id).toBe(body.id);

  const read = await request.get(`/api/fhir/r4/ServiceRequest/${body.id}`, { headers });
  expect(await read.json()).toMatchObject({ resourceType: "ServiceRequest", id: body.id, status: "active", intent: "order" });
  const search = await request.get(`/api/fhir/r4/ServiceRequest?patient.identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`, { headers });
  expect(await search.json()).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 1 });
  const bad = await request.post("/api/fhir/r4/ServiceRequest", { data: { ...resource, priority: "whenever" }, headers });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ resourceType: "OperationOutcome" });
});
