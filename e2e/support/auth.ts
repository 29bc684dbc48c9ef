import { randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import type { Db } from "../../server/platform/db/client";
import { uniqueCode, uniqueNhsNumber } from "../../server/platform/testing/fixtures";
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
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

/**
 * Signs a member of staff in through the local sign-in's endpoint, without the
 * page's list (for staff a test has just created).
 */
export async function signInAsStaffDirectly(page: Page, email: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/local-staff", { form: { csrfToken, email, json: "true" } });
  expect(response.ok()).toBe(true);
}

/** The server-side session (its Session row's token) this page's cookie names. */
export async function serverSessionOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  const claims = cookie ? await decode({ token: cookie.value, secret: process.env.NEXTAUTH_SECRET ?? "" }) : null;
  if (typeof claims?.sid !== "string") throw new Error("This page has no signed-in session");
  return claims.sid;
}

/**
 * A patient of their own for a test that signs in by email link (sign-in links
 * are limited to 5 per address in 15 minutes, so shared demo patients run out).
 */
export async function createPatientWithEmail(client: Db, details: { nhsNumber?: string; dateOfBirth?: string } = {}) {
  return client.patient.create({
    data: {
      nhsNumber: details.nhsNumber ?? uniqueNhsNumber(),
      givenName: "Robin",
      familyName: `Test ${uniqueCode()}`,
      dateOfBirth: new Date(`${details.dateOfBirth ?? "1975-06-01"}T00:00:00Z`),
      addressLine1: "3 Test Lane",
      town: "Northfield",
      postcode: "NF1 3CC",
      email: `patient-${randomUUID()}@example.nhs.invalid`,
    },
  });
}
