import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { DEMO_ADMIN, DEMO_CLINICIAN } from "../prisma/seed/demo-identities";
import { createDbClient } from "../server/platform/db/client";
import { createTestFixtures, uniqueCode } from "../server/platform/testing/fixtures";
import { createTestPifuTemplate, startTestClock } from "../server/pifu/test-helpers";
import { signInAsPatient, signInAsStaff } from "./support/auth";
import { expect, landedOn, test } from "./support/fixtures";
import { waitForEmail } from "./support/mail";

const db = createDbClient(process.env.DATABASE_URL ?? "");
test.afterAll(async () => db.$disconnect());

const HOUR = 3_600_000;
// One long journey across four sign-ins on a shared machine: more than the default minute.
test.setTimeout(300_000);

/** A patient seen two days ago on an accepted referral, a PIFU template for the service, and a free follow-up slot in three days. */
async function seenYesterday() {
  const f = await createTestFixtures(db);
  const patient = await f.createPatient({ givenName: "Robin", email: `pifu-${uniqueCode().toLowerCase()}@example.nhs.invalid` });
  const { referral } = await f.createReferral(patient.id);
  await db.referral.update({ where: { id: referral.id }, data: { referrerEmail: `gp-${uniqueCode().toLowerCase()}@example.nhs.invalid` } });
  const today = new TZDate(new Date(), "Europe/London");
  const startsAt = new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - 2, 10, 0, "Europe/London").getTime());
  await startTestClock(db, referral.id, new Date(startsAt.getTime() - 30 * 24 * HOUR));
  const slot = await f.createSlot({ startsAt });
  const id = randomUUID();
  await db.appointment.create({
    data: { id, slotId: slot.id, patientId: patient.id, referralId: referral.id, clinicId: slot.clinicId, clinicianId: slot.clinicianId, appointmentTypeId: slot.appointmentTypeId, startsAt, endsAt: slot.endsAt, bookingChannel: "STAFF", calendarUid: `${id}@e2e` },
  });
  const template = await createTestPifuTemplate(db, f.service.id, {
    name: `Knee osteoarthritis ${f.code}`,
    triggerSymptoms: "Knee swelling or pain stopping you walking for more than 2 weeks",
    questions: ["Which knee is it?"],
  });
  const followUp = await db.appointmentType.create({ data: { serviceId: f.service.id, code: "FU-F2F", name: "Knee follow-up (in person)", kind: "FOLLOW_UP", mode: "IN_PERSON", durationMinutes: 20 } });
  const freeSlot = await f.createSlot({ startsAt: new Date(Math.ceil(Date.now() / HOUR) * HOUR + 72 * HOUR), appointmentTypeId: followUp.id });
  return { f, patient, referral, appointmentId: id, template, freeSlot };
}

test("a clinician puts a patient on PIFU at an outcome; the patient sees their symptoms and asks; the clinician decides to book; the booking centre books; the patient sees it", async ({ page }) => {
  const { f, patient, referral, appointmentId, template, freeSlot } = await seenYesterday();

  // The clinician records the outcome: PIFU with the service's template.
  await signInAsStaff(page, DEMO_CLINICIAN.email);
  await page.goto(`/staff/appointments/${appointmentId}`);
  await page.getByRole("button", { name: "Mark as seen" }).click();
  await landedOn(page, /\?done=seen$/);
  await page.getByRole("button", { name: "Record outcome" }).click();
  await landedOn(page, /\/outcome$/);
  await page.getByRole("radio", { name: /Patient-initiated follow-up/ }).check();
  await page.getByRole("radio", { name: template.name }).check();
  await page.getByRole("radio", { name: "12 months", exact: true }).check();
  await page.getByLabel("Notes for the patient (optional)").fill("Keep doing the exercises twice a day");
  await page.getByRole("button", { name: "Record outcome" }).click();
  await landedOn(page, /\?done=outcome$/);
  const pathway = await db.pifuPathway.findFirstOrThrow({ where: { referralId: referral.id, status: "ACTIVE" } });
  expect(pathway).toMatchObject({ durationMonths: 12, templateId: template.id, personalNotes: "Keep doing the exercises twice a day" });
  expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).rttStatusCode).toBe("32");
  await page.goto(`/staff/pifu/start/${referral.id}`);
  await expect(page.getByText("The patient is already on PIFU for this referral")).toBeVisible();
  await page.goto("/staff/pifu/templates");
  await expect(page.getByRole("table", { name: f.service.name })).toContainText(template.name);

  // The patient gets their PIFU information, sees the symptoms on their home page and asks.
  const letter = await waitForEmail(patient.email!, { since: new Date(Date.now() - 60_000), subject: /How to get in touch if your symptoms change/ });
  expect(letter.text).toContain("Knee swelling or pain stopping you walking");
  await page.context().clearCookies();
  await signInAsPatient(page, patient.email!);
  const card = page.getByTestId("pifu-card");
  await expect(card).toContainText("Knee swelling or pain stopping you walking for more than 2 weeks");
  await card.getByRole("button", { name: "Ask for an appointment" }).click();
  await landedOn(page, new RegExp(`/patient/pifu/${pathway.id}/ask$`));
  await page.getByRole("button", { name: "Send your request" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Select whether your request is about the symptoms we gave you");
  await page.getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Which knee is it?").fill("The left one");
  await page.getByLabel("What has changed in your symptoms?").fill("Swollen for three weeks and I cannot walk to the shops");
  await page.getByRole("radio", { name: "In person" }).check();
  // The NHS.UK button ignores a second press within a second of the first (preventDoubleClick).
  await page.waitForTimeout(1100);
  await page.getByRole("button", { name: "Send your request" }).click();
  await landedOn(page, new RegExp(`/patient/pifu/${pathway.id}\\?asked=1$`));
  await expect(page.getByText(/A clinician will look at it and we will tell you what happens next by/)).toBeVisible();
  await page.goto(`/patient/pifu/${pathway.id}/elsewhere`);

  // The clinician finds it in the triage queue and decides to book.
  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_CLINICIAN.email);
  await page.goto(`/staff/pifu/requests?service=${f.service.id}`);
  const row = page.getByRole("row").filter({ hasText: patient.familyName });
  await row.getByRole("link", { name: /Decide/ }).click();
  await landedOn(page, /\/staff\/pifu\/requests\/[0-9a-f-]+$/);
  await expect(page.getByText("The left one")).toBeVisible();
  await page.getByRole("radio", { name: "Book a routine appointment" }).check();
  await page.getByRole("button", { name: "Record the decision" }).click();
  await landedOn(page, /\/staff\/pifu\/requests\?decided=1$/);
  await page.goto(`/staff/pifu?service=${f.service.id}`);
  await expect(page.getByRole("row").filter({ hasText: patient.familyName })).toContainText("None");
  await page.goto(`/staff/pifu?view=overdue`);

  // The booking centre books it from the "appointment to book" list: staff booking, not the patient's online rules.
  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_ADMIN.email);
  await page.goto(`/staff/pifu/requests?service=${f.service.id}`);
  await page.getByRole("row").filter({ hasText: patient.familyName }).getByRole("link", { name: /Book/ }).click();
  await landedOn(page, /\/book\?entry=/);
  await page.locator(`input[name="slotId"][value="${freeSlot.id}"]`).first().check();
  await page.getByRole("button", { name: "Book appointment" }).click();
  await landedOn(page, /\?done=booked$/);
  await page.goto("/staff/pifu/templates/new");
  await page.goto(`/staff/pifu/templates/${template.id}`);
  await page.goto(`/staff/pifu/${pathway.id}/phone-request`);
  await expect(page.getByRole("button", { name: "Log the request" })).toBeVisible();

  // The patient sees the booking on their follow-up page.
  await page.context().clearCookies();
  await signInAsPatient(page, patient.email!);
  await page.goto(`/patient/pifu/${pathway.id}`);
  await expect(page.getByText(/Your appointment:/)).toContainText("Knee follow-up (in person)");
});
