import { DEMO_PATIENT, DEMO_PATIENT_2, DEMO_STAFF } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { randomUUID } from "node:crypto";
import { createPatientWithEmail, signInAsPatient, signInAsStaff } from "./support/auth";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/fixtures";

test("the home page explains the service and how to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage your referrals and appointments");
  await page.goto("/demo");
  await expect(page.getByRole("cell", { name: DEMO_PATIENT.email })).toBeVisible();
});

test("a patient signs in with the emailed link and sees their referrals", async ({ page }) => {
  await signInAsPatient(page, DEMO_PATIENT.email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your referrals and appointments");
  const referrals = page.getByRole("list", { name: "Your referrals" }).getByRole("listitem");
  await expect(referrals).toHaveCount(3);
  await expect(page.getByRole("link", { name: "MSK physiotherapy" })).toBeVisible();
  await expect(page.getByText(DEMO_PATIENT.name)).toBeVisible();
});

test("an unknown email address gets the same answer, and leaves no token behind", async ({ page }) => {
  const email = `nobody-${randomUUID()}@example.nhs.invalid`;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  // The job has run once its row is done; it must have written no token.
  await expect
    .poll(async () => (await client.job.findMany({ where: { queue: "send-sign-in-link", status: "DONE" } })).some((j) => (j.payload as { email?: string }).email === email))
    .toBe(true);
  expect(await client.verificationToken.count({ where: { identifier: email } })).toBe(0);
  await client.$disconnect();
});

test("the sign-in form works without JavaScript and keeps the address out of the URL", async ({ browser }) => {
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  const email = (await createPatientWithEmail(client)).email ?? "";
  await client.$disconnect();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const since = new Date();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(page.url()).not.toContain("@");
  expect(page.url()).not.toContain("patient-");
  await waitForEmail(email, { since, subject: /Sign in/ });
  await context.close();
});

test("next-auth's own email sign-in endpoint sends nothing", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/signin/email", { form: { csrfToken, email: DEMO_PATIENT_2.email }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/\/sign-in$/);
});

test("the sign-in help pages offer booking by reference", async ({ page }) => {
  for (const path of ["/sign-in", "/sign-in/check-email", "/sign-in/problem"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: /booking reference/i }).first()).toHaveAttribute("href", "/book-by-reference");
  }
});

test("a badly formed email address is explained, not sent", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "Enter an email address in the correct format",
  );
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-describedby", /email-error/);
});

test("a patient never sees another patient's referral", async ({ page }) => {
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  const [own, other] = await Promise.all([
    client.referral.findFirstOrThrow({ where: { patient: { nhsNumber: DEMO_PATIENT.nhsNumber } }, select: { id: true } }),
    client.referral.findFirstOrThrow({ where: { patient: { nhsNumber: DEMO_PATIENT_2.nhsNumber } }, select: { id: true } }),
  ]);
  await client.$disconnect();
  await signInAsPatient(page, DEMO_PATIENT.email);
  const ownResponse = await page.goto(`/patient/referrals/${own.id}`);
  expect(ownResponse?.status()).toBe(200);
  const otherResponse = await page.goto(`/patient/referrals/${other.id}`);
  expect(otherResponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/patient");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

for (const staff of DEMO_STAFF) {
  test(`${staff.name} (${staff.role}) signs in and lands on the booking centre`, async ({ page }) => {
    await signInAsStaff(page, staff.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Booking centre");
    await expect(page.getByText(`Signed in as ${staff.name}`)).toBeVisible();
    // Staff are not patients: the patient area is not theirs.
    const response = await page.goto("/patient");
    expect(response?.status()).toBe(404);
  });
}

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
