import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { Page } from "@playwright/test";
import { DEMO_CLERK, DEMO_CLINICIAN } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { createTestFixtures } from "../server/platform/testing/fixtures";
import { signInAsStaff } from "./support/auth";
import { expect, expectAccessible, landedOn, test } from "./support/fixtures";

/** A missed appointment is worked to its next step from the worklist: clerk, clinician, clerk. */
const db = createDbClient(process.env.DATABASE_URL ?? "");
test.afterAll(async () => db.$disconnect());

/** Moves keyboard focus to the control and presses it, as a keyboard user would. */
async function press(page: Page, locator: ReturnType<Page["locator"]>, key: "Enter" | "Space" = "Enter") {
  await locator.focus();
  await page.keyboard.press(key);
}

test("a clerk records a did-not-attend, the clinician decides rebook, the clerk rebooks from the task and it closes", async ({ page }) => {
  test.setTimeout(180_000);
  const f = await createTestFixtures(db);
  const patient = await f.createPatient({ givenName: "Morgan", familyName: `Hale${f.code.replace(/\d/g, "").toLowerCase()}` });
  const { referral, waitingListEntry } = await f.createReferral(patient.id);
  // Yesterday at 10am London time, booked from the waiting list.
  const today = new TZDate(new Date(), "Europe/London");
  const startsAt = new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - 1, 10, 0, "Europe/London").getTime());
  const slot = await f.createSlot({ startsAt });
  const appointmentId = randomUUID();
  await db.waitingListEntry.update({ where: { id: waitingListEntry.id }, data: { status: "BOOKED" } });
  await db.referral.update({ where: { id: referral.id }, data: { status: "BOOKED" } });
  await db.appointment.create({
    data: {
      id: appointmentId, slotId: slot.id, patientId: patient.id, referralId: referral.id, waitingListEntryId: waitingListEntry.id, clinicId: slot.clinicId, clinicianId: slot.clinicianId,
      appointmentTypeId: slot.appointmentTypeId, startsAt, endsAt: slot.endsAt, bookingChannel: "STAFF", calendarUid: `${appointmentId}@e2e`,
    },
  });
  const [free] = await f.createSlots(1);

  // The clerk records that the patient did not come.
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto(`/staff/appointments/${appointmentId}`);
  await press(page, page.getByRole("button", { name: "Did not attend" }));
  await landedOn(page, /\?done=did_not_attend$/);

  // The clinician finds the review on the worklist and decides to rebook.
  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_CLINICIAN.email);
  await page.goto(`/staff/worklist?kind=DNA_REVIEW&service=${f.service.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Worklist: missed appointment review");
  const row = page.getByRole("row").filter({ hasText: `Morgan ${patient.familyName}` });
  await expect(row).toContainText("Did not attend");
  await expectAccessible(page);
  await press(page, row.getByRole("link", { name: /Work on this/ }));
  await landedOn(page, /\/staff\/worklist\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Missed appointment review");
  await press(page, page.getByRole("button", { name: "Record decision" }));
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Select rebook or discharge");
  await expectAccessible(page);
  await press(page, page.getByRole("radio", { name: "Rebook" }), "Space");
  await press(page, page.getByRole("button", { name: "Record decision" }));
  await landedOn(page, /\?done=rebook$/);
  await expect(page.getByText(/the booking centre has a task to rebook them/)).toBeVisible();

  // The clerk works the rebooking task: book from it, and it closes itself.
  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto(`/staff/worklist?kind=NEEDS_REBOOKING&service=${f.service.id}`);
  const task = page.getByRole("row").filter({ hasText: `Morgan ${patient.familyName}` });
  await expect(task).toContainText("Rebook: missed");
  await press(page, task.getByRole("link", { name: /Work on this/ }));
  await landedOn(page, /\/staff\/worklist\/[0-9a-f-]+$/);
  const taskUrl = page.url();
  await press(page, page.getByRole("button", { name: "Assign to me" }));
  await landedOn(page, /\?done=assigned$/);
  await expectAccessible(page);
  await press(page, page.getByRole("link", { name: "Book an appointment" }));
  await landedOn(page, /\/book\?entry=/);
  await press(page, page.locator(`input[name="slotId"][value="${free!.id}"]`).first(), "Space");
  await press(page, page.getByRole("button", { name: "Book appointment" }).first());
  await landedOn(page, /\/staff\/appointments\/[0-9a-f-]+\?done=booked$/);

  await page.goto(taskUrl);
  await expect(page.getByRole("definition").filter({ hasText: /^Done/ })).toContainText("Booked for");
  await page.goto(`/staff/worklist?service=${f.service.id}`);
  await expect(page.getByRole("row").filter({ hasText: `Morgan ${patient.familyName}` })).toHaveCount(0);
  await expectAccessible(page);
});
