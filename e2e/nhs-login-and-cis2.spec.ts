import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO_CLERK } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { createPatientWithEmail } from "./support/auth";
import { expect, landedOn, test } from "./support/fixtures";
import { nhsLoginIdentity } from "./oidc/identities";

/**
 * Signing in through NHS login and CIS2 for real, against the local OpenID
 * Connect providers that npm test starts (e2e/oidc/provider.ts).
 */
test.skip(!process.env.NHS_LOGIN_ISSUER || !process.env.CIS2_ISSUER, "run through npm test, which starts the local NHS login and CIS2");

const db = () => createDbClient(process.env.DATABASE_URL ?? "");

/** The provider's own sign-in and consent pages: the login typed is the identity. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function nhsLogin(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue to NHS login" }).click();
  await signInAtProvider(page, login);
}

test("a P9 NHS login identity is matched to the patient by NHS number and date of birth", async ({ page }) => {
  const client = db();
  const patient = await createPatientWithEmail(client, { dateOfBirth: "1969-11-02" });
  await nhsLogin(page, nhsLoginIdentity({ nhsNumber: patient.nhsNumber, dateOfBirth: "1969-11-02", proofingLevel: "P9" }));
  await landedOn(page, /\/patient$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your referrals and appointments");
  await expect(page.getByText(`${patient.givenName} ${patient.familyName}`)).toBeVisible();
  const user = await client.user.findUniqueOrThrow({ where: { patientId: patient.id }, include: { accounts: true } });
  expect(user.accounts.map((a) => a.provider)).toEqual(["nhs-login"]);

  // The second time (NHS login remembers them), the linked account is used: still the same patient.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue to NHS login" }).click();
  await landedOn(page, /\/patient$/);
  expect(await client.user.count({ where: { patientId: patient.id } })).toBe(1);
  await client.$disconnect();
});

test("an NHS login whose date of birth does not match is refused with a clear page", async ({ page }) => {
  const client = db();
  const patient = await createPatientWithEmail(client, { dateOfBirth: "1969-11-02" });
  await nhsLogin(page, nhsLoginIdentity({ nhsNumber: patient.nhsNumber, dateOfBirth: "1969-11-03", proofingLevel: "P9" }));
  await landedOn(page, /\/sign-in\/problem\?reason=nhs-login-no-match$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not match your NHS login to our records");
  await expect(page.getByRole("link", { name: /booking reference/ })).toBeVisible();
  expect(await client.user.count({ where: { patientId: patient.id } })).toBe(0);
  expect((await page.goto("/patient"))?.url()).toMatch(/\/sign-in/);
  await client.$disconnect();
});

test("an NHS login proved to less than P9 is refused with a clear page", async ({ page }) => {
  const client = db();
  const patient = await createPatientWithEmail(client, { dateOfBirth: "1969-11-02" });
  await nhsLogin(page, nhsLoginIdentity({ nhsNumber: patient.nhsNumber, dateOfBirth: "1969-11-02", proofingLevel: "P5" }));
  await landedOn(page, /\/sign-in\/problem\?reason=nhs-login-level$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need to prove who you are in NHS login");
  expect(await client.user.count({ where: { patientId: patient.id } })).toBe(0);
  await client.$disconnect();
});

test("an active member of staff signs in with CIS2", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await page.getByRole("button", { name: "Sign in with NHS CIS2" }).click();
  await signInAtProvider(page, DEMO_CLERK.email);
  await landedOn(page, /\/staff$/);
  await expect(page.getByText(`Signed in as ${DEMO_CLERK.name}`)).toBeVisible();
});

test("a CIS2 identity without an active account is refused with a clear page", async ({ browser }) => {
  const client = db();
  const inactive = await client.user.create({
    data: { email: `former-${randomUUID()}@frontdoor.nhs.invalid`, name: "Former Staff", role: "BOOKING_CLERK", active: false },
  });
  for (const email of [`stranger-${randomUUID()}@nhs.invalid`, inactive.email ?? ""]) {
    // A browser of their own each: CIS2 would otherwise remember the last identity.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/staff/sign-in");
    await page.getByRole("button", { name: "Sign in with NHS CIS2" }).click();
    await signInAtProvider(page, email);
    await landedOn(page, /\/sign-in\/problem\?reason=staff-no-account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot sign in to Front Door");
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/sign-in/);
    await context.close();
  }
  expect(await client.user.count({ where: { email: { startsWith: "stranger-" } } })).toBe(0);
  await client.$disconnect();
});
