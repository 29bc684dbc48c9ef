import { DEMO_CLERK } from "../prisma/seed/demo-identities";
import { signInAsStaff } from "./support/auth";
import { expect, test } from "./support/fixtures";

/**
 * The Content-Security-Policy allows scripts only with the request's nonce. Pages
 * must still work: the inline start-up script runs, Next.js hydrates (client-side
 * interactions work) and the browser reports no violations.
 */
test("pages work under a nonce-based Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");

  // Our own inline script (nonce'd) ran: nhsuk-frontend's JavaScript-enabled class is set.
  await expect(page.locator("body")).toHaveClass(/js-enabled/);
  // A second request gets a different nonce.
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

  // A client-side form (React hydrated) still answers in place.
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();

  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/patients");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
