import { expect, type Page } from "@playwright/test";
import { linkIn, waitForEmail } from "./mail";

/** Signs a patient in the way a patient does: asks for a link, reads the email, follows the link. */
export async function signInAsPatient(page: Page, email: string): Promise<void> {
  const since = new Date();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const message = await waitForEmail(email, { since, subject: /Sign in/ });
  const origin = new URL(page.url()).origin;
  await page.goto(linkIn(message, `${origin}/api/auth/callback/email`));
  await expect(page).toHaveURL(/\/patient$/);
}

/** Signs a member of staff in through the local (development and test) sign-in. */
export async function signInAsStaff(page: Page, email: string): Promise<void> {
  await page.goto("/staff/sign-in");
  await page.getByRole("radio", { name: new RegExp(email.replace(/[.@]/g, "\\$&")) }).check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
}
