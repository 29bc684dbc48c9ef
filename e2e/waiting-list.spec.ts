import { DEMO_CLERK } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { formatNhsNumber } from "../server/patients/nhs-number";
import { createTestFixtures } from "../server/platform/testing/fixtures";
import { createWaitingPatient } from "../server/waiting-list/testing";
import { signInAsStaff } from "./support/auth";
import { expect, test } from "./support/fixtures";

const db = createDbClient(process.env.DATABASE_URL ?? "");
test.afterAll(async () => db.$disconnect());

test("a clerk works the waiting list in turn, filters it by band and downloads it", async ({ page }) => {
  const f = await createTestFixtures(db);
  const now = new Date();
  const longWaiter = await createWaitingPatient(db, f, now, { weeksAgo: 60, patient: { givenName: "Avery", familyName: `Longwait${f.code.replace(/\d/g, "").toLowerCase()}` } });
  const urgent = await createWaitingPatient(db, f, now, { weeksAgo: 2, priority: "URGENT", patient: { communicationNeeds: ["LARGE_PRINT"] } });
  await signInAsStaff(page, DEMO_CLERK.email);

  await page.goto(`/staff/waiting-list?serviceId=${f.service.id}`);
  const rows = page.locator("table").nth(1).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(formatNhsNumber(urgent.patient.nhsNumber));
  await expect(rows.nth(1)).toContainText(formatNhsNumber(longWaiter.patient.nhsNumber));
  await expect(rows.nth(1)).toContainText("60 weeks");

  await page.getByRole("link", { name: /waiting 52 to 65 weeks/ }).click();
  await expect(page).toHaveURL(/band=52-65/);
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(formatNhsNumber(longWaiter.patient.nhsNumber));

  const download = await page.request.get(`/staff/waiting-list/export?serviceId=${f.service.id}`);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const csv = await download.text();
  expect(csv.trim().split("\r\n")).toHaveLength(3);
});
