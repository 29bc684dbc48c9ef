import { DEMO_PATIENT, DEMO_PATIENT_2, DEMO_STAFF } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { signInAsPatient, signInAsStaff } from "./support/auth";
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

test("an unknown email address gets the same answer and no email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("nobody-here@example.nhs.invalid");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
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
