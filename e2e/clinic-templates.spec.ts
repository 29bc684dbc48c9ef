import { DEMO_ADMIN, DEMO_CLERK, DEMO_CLINICIAN } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { createTestFixtures } from "../server/platform/testing/fixtures";
import { signInAsStaff } from "./support/auth";
import { expect, expectAccessible, landedOn, test } from "./support/fixtures";

/** A London calendar day `days` from now, as the three fields of a date input. */
function dayFromNow(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const [year, month, day] = date.toLocaleDateString("en-CA", { timeZone: "Europe/London" }).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year!, iso: `${year}-${month}-${day}` };
}

test("a booking clerk adds a weekly session to a clinic and closes it for a day", async ({ page }) => {
  // A clinic of its own, so no other test sees or changes it.
  const db = createDbClient(process.env.DATABASE_URL ?? "");
  const f = await createTestFixtures(db);

  await signInAsStaff(page, DEMO_CLERK.email);
  await page.getByRole("link", { name: "Clinics", exact: true }).first().click();
  await landedOn(page, /\/staff\/clinics$/);
  await page.getByRole("link", { name: f.clinic.name }).click();
  await landedOn(page, new RegExp(`/staff/clinics/${f.clinic.id}$`));
  await expect(page.getByText("This clinic has no sessions")).toBeVisible();

  await page.getByRole("button", { name: "Add a session" }).click();
  await landedOn(page, /\/sessions\/new$/);
  const from = dayFromNow(1);
  await page.getByLabel("Day of the week").selectOption({ label: "Wednesday" });
  await page.getByLabel("Start time").fill("13:00");
  await page.getByLabel("End time").fill("12:00");
  await page.getByLabel("Slot length in minutes").fill("30");
  await page.getByRole("checkbox", { name: "New appointment" }).check();
  const validFrom = page.getByRole("group", { name: "First day the session runs" });
  await validFrom.getByLabel("Day").fill(from.day);
  await validFrom.getByLabel("Month").fill(from.month);
  await validFrom.getByLabel("Year").fill(from.year);
  await page.getByRole("button", { name: "Add session" }).click();

  // A bad time range is explained in the error summary and at the field, and nothing is saved.
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("The end time must be after the start time");
  await expect(page.getByLabel("End time")).toHaveAttribute("aria-describedby", /endTime-error/);
  await expect(page.getByLabel("Start time")).toHaveValue("13:00");
  await expect(page.getByRole("checkbox", { name: "New appointment" })).toBeChecked();
  await expect(page.getByLabel("Day of the week")).toHaveValue("3");
  await expectAccessible(page);
  expect(await db.clinicSession.count({ where: { clinicId: f.clinic.id } })).toBe(0);

  // A remainder is reported too.
  await page.getByLabel("End time").fill("16:10");
  await page.getByRole("button", { name: "Add session" }).click();
  await expect(summary).toContainText("so 30-minute slots leave 10 minutes unused");

  await page.getByLabel("End time").fill("16:00");
  await page.getByRole("button", { name: "Add session" }).click();
  await landedOn(page, new RegExp(`/staff/clinics/${f.clinic.id}\\?done=session-added`));
  await expect(page.getByRole("alert").filter({ hasText: "Session added" })).toBeVisible();
  const sessions = page.getByRole("table", { name: "Weekly sessions" });
  await expect(sessions.getByRole("row").filter({ hasText: "Wednesday" })).toContainText("13:00 to 16:00");
  await expect(sessions).toContainText("6 × 30 minutes");
  const slots = await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE" } });
  expect(slots).toBeGreaterThanOrEqual(6 * 11);

  // Close it on the first Wednesday that has slots.
  const firstSlot = await db.slot.findFirstOrThrow({ where: { clinicId: f.clinic.id }, orderBy: { startsAt: "asc" } });
  const closed = dayFromNow(Math.round((firstSlot.startsAt.getTime() - Date.now()) / 86_400_000));
  await page.getByRole("button", { name: "Add a closure" }).click();
  await landedOn(page, /\/closures\/new$/);
  for (const legend of ["First day the clinic is closed", "Last day the clinic is closed"]) {
    const group = page.getByRole("group", { name: legend });
    await group.getByLabel("Day").fill(closed.day);
    await group.getByLabel("Month").fill(closed.month);
    await group.getByLabel("Year").fill(closed.year);
  }
  await page.getByRole("button", { name: "Close the clinic on these days" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter why the clinic is closed");
  await page.getByLabel("Why is the clinic closed?").fill("Staff training");
  await page.getByRole("button", { name: "Close the clinic on these days" }).click();
  await landedOn(page, new RegExp(`/staff/clinics/${f.clinic.id}\\?done=closure-added`));
  await expect(page.getByRole("table", { name: "Planned closures" })).toContainText("Staff training");
  expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE" } })).toBe(slots - 6);

  // Shorten the session, then remove it.
  await page.getByRole("link", { name: "Change Wednesday 13:00 session" }).click();
  await landedOn(page, /\/sessions\/[0-9a-f-]+$/);
  await expect(page.getByLabel("End time")).toHaveValue("16:00");
  await page.getByLabel("End time").fill("15:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await landedOn(page, /\?done=session-changed/);
  await expect(page.getByRole("table", { name: "Weekly sessions" })).toContainText("13:00 to 15:00");
  await page.getByRole("link", { name: "Change Wednesday 13:00 session" }).click();
  await page.getByRole("link", { name: "Remove this session" }).click();
  await landedOn(page, /\/remove$/);
  await page.getByRole("button", { name: "Remove session" }).click();
  await landedOn(page, /\?done=session-removed/);
  await expect(page.getByText("This clinic has no sessions")).toBeVisible();
  expect(await db.slot.count({ where: { clinicId: f.clinic.id, status: "AVAILABLE" } })).toBe(0);
  await db.$disconnect();
});

test("clinic templates are for the booking centre: clinicians are refused, and only admins may generate slots", async ({ page }) => {
  await signInAsStaff(page, DEMO_CLINICIAN.email);
  for (const path of ["/staff/clinics", "/staff/clinics/00000000-0000-4000-8000-000000000000/sessions/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  }
});

test("an admin sees every service's clinics and can generate slots now; a clerk cannot", async ({ page }) => {
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/clinics");
  await expect(page.getByRole("table", { name: "MSK physiotherapy" })).toContainText("Northfield");
  await expect(page.getByRole("button", { name: "Generate slots now" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_ADMIN.email);
  await page.goto("/staff/clinics");
  await expect(page.getByRole("button", { name: "Generate slots now" })).toBeVisible();
});
