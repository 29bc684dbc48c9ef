import { randomUUID } from "node:crypto";
import { createDbClient } from "../server/platform/db/client";
import { createPatientWithEmail, serverSessionOf, signInAsPatient, signInAsStaffDirectly } from "./support/auth";
import { expect, test } from "./support/fixtures";

const db = () => createDbClient(process.env.DATABASE_URL ?? "");

async function newStaff(role: "BOOKING_CLERK" | "ADMIN" = "BOOKING_CLERK") {
  const client = db();
  const user = await client.user.create({ data: { email: `staff-${randomUUID()}@frontdoor.nhs.invalid`, name: "Test Staff", role } });
  return { user, client };
}

test("signing out ends the session on the server: a copied cookie no longer works", async ({ page, browser }) => {
  const { user, client } = await newStaff();
  await signInAsStaffDirectly(page, user.email ?? "");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Booking centre");
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await client.session.count({ where: { userId: user.id } })).toBe(0);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/staff");
  await expect(stolen).toHaveURL(/\/staff\/sign-in/);
  await thief.close();
  await client.$disconnect();
});

test("a member of staff deactivated or given another role is signed out on their next request", async ({ page }) => {
  const { user, client } = await newStaff("ADMIN");
  await signInAsStaffDirectly(page, user.email ?? "");
  expect((await page.goto("/staff"))?.status()).toBe(200);

  await client.user.update({ where: { id: user.id }, data: { role: "BOOKING_CLERK" } });
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);

  await signInAsStaffDirectly(page, user.email ?? "");
  expect((await page.goto("/staff"))?.status()).toBe(200);
  await client.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto("/staff/worklist");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await client.$disconnect();
});

test("staff are signed out after the idle limit", async ({ page }) => {
  const { user, client } = await newStaff();
  await signInAsStaffDirectly(page, user.email ?? "");
  expect((await page.goto("/staff"))?.status()).toBe(200);
  // 31 minutes without a request (the default STAFF_IDLE_MINUTES is 30).
  await client.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await client.$disconnect();
});

test("a patient is warned after 8 idle minutes, can stay signed in, and is signed out after 10", async ({ page }) => {
  const client = db();
  const patient = await createPatientWithEmail(client);
  await page.clock.install();
  await signInAsPatient(page, patient.email ?? "");
  const warning = page.getByRole("alertdialog", { name: "You’re about to be signed out" });
  await expect(warning).toBeHidden();

  await page.clock.runFor(8 * 60_000 + 1_000);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("we will sign you out in 2 minutes");
  await expect(warning.getByRole("heading")).toBeFocused();
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();

  await page.clock.runFor(8 * 60_000 + 1_000);
  await expect(warning).toBeVisible();
  const sessionToken = await serverSessionOf(page);
  await page.clock.runFor(2 * 60_000);
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have been signed out");
  expect(await client.session.count({ where: { sessionToken } })).toBe(0);
  await client.$disconnect();
});

test("a patient's session ends on the server after 10 idle minutes, with or without JavaScript", async ({ page }) => {
  const client = db();
  await signInAsPatient(page, (await createPatientWithEmail(client)).email ?? "");
  const sessionToken = await serverSessionOf(page);
  await client.session.update({ where: { sessionToken }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000 - 1_000) } });
  await page.goto("/patient");
  await expect(page).toHaveURL(/\/sign-in/);
  await client.$disconnect();
});
