import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_CLERK, DEMO_CLINICIAN, DEMO_PATIENT_2 } from "../prisma/seed/demo-identities";
import { bookAppointment } from "../server/booking/core/book-appointment";
import { createDbClient, type Db } from "../server/platform/db/client";
import { formatNhsNumber } from "../server/patients/nhs-number";
import { formatDate } from "../server/platform/time/london";
import { createTestFixtures, type TestFixtures } from "../server/platform/testing/fixtures";
import { createTestPifuTemplate, startTestClock } from "../server/pifu/test-helpers";
import { signInAsPatient, signInAsStaff } from "./support/auth";
import { expect, expectAccessible, landedOn, test } from "./support/fixtures";

/**
 * Each test makes its own service, clinic, patient, referral and slots, so it can
 * run beside any other test on the shared demo database.
 */
const db = createDbClient(process.env.DATABASE_URL ?? "");
test.afterAll(async () => db.$disconnect());

const londonDay = (instant: Date) => instant.toLocaleDateString("en-CA", { timeZone: "Europe/London" });

async function patientWaiting(f: TestFixtures) {
  const patient = await f.createPatient({
    givenName: "Robin",
    familyName: `Ashdown${f.code.replace(/\d/g, "").toLowerCase()}`,
    communicationNeeds: ["INTERPRETER"],
    interpreterLanguage: "Polish",
  });
  const { referral } = await f.createReferral(patient.id);
  return { patient, referral };
}

/** A booked appointment two days ago at 10am London time, for recording what happened. */
async function pastAppointment(db: Db, f: TestFixtures, patientId: string) {
  const today = new TZDate(new Date(), "Europe/London");
  const startsAt = new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - 2, 10, 0, "Europe/London").getTime());
  const slot = await f.createSlot({ startsAt });
  const id = randomUUID();
  await db.appointment.create({
    data: { id, slotId: slot.id, patientId, clinicId: slot.clinicId, clinicianId: slot.clinicianId, appointmentTypeId: slot.appointmentTypeId, startsAt, endsAt: slot.endsAt, bookingChannel: "STAFF", calendarUid: `${id}@e2e` },
  });
  return { id, startsAt };
}

async function chooseSlot(page: Page, slotId: string) {
  await page.locator(`input[name="slotId"][value="${slotId}"]`).first().check();
}

test("a clerk finds a patient, books, reschedules and cancels for them, records a did-not-attend, and the diary follows", async ({ page }) => {
  const f = await createTestFixtures(db);
  const { patient } = await patientWaiting(f);
  const [first, , third] = await f.createSlots(3);
  const past = await pastAppointment(db, f, patient.id);
  const name = `${patient.familyName.toUpperCase()}, Robin`;

  await signInAsStaff(page, DEMO_CLERK.email);
  await page.getByRole("link", { name: "Find a patient" }).first().click();
  await landedOn(page, /\/staff\/patients$/);

  // Find them by NHS number: a wrong check digit is explained first.
  const wrong = `${patient.nhsNumber.slice(0, 9)}${(Number(patient.nhsNumber[9]) + 1) % 10}`;
  await page.getByLabel("NHS number", { exact: true }).fill(wrong);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter a valid NHS number");
  await expectAccessible(page);

  // By name and date of birth (typed in capitals).
  await page.locator("summary", { hasText: "Search by name and date of birth" }).click();
  const byName = page.getByRole("form", { name: "Search by name and date of birth" });
  await byName.getByLabel("Last name").fill(patient.familyName.toUpperCase());
  await byName.getByLabel("Day").fill("17");
  await byName.getByLabel("Month").fill("5");
  await byName.getByLabel("Year").fill("1980");
  await byName.getByRole("button", { name: "Search by name and date of birth" }).click();
  const results = page.getByRole("table", { name: "Matching patients" });
  await expect(results.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);

  // And by NHS number, as typed from a letter.
  await page.getByLabel("NHS number", { exact: true }).fill(formatNhsNumber(patient.nhsNumber));
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByRole("heading", { name: "1 patient found" })).toBeVisible();
  await expect(results.getByRole("link", { name })).toBeVisible();
  await expect(results).toContainText("Interpreter: Polish");
  await expectAccessible(page);
  await results.getByRole("link", { name }).click();

  // The patient's page flags their needs and offers the waiting referral for booking.
  await landedOn(page, new RegExp(`/staff/patients/${patient.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("list", { name: "Communication needs" }).first()).toContainText("Interpreter: Polish");
  await page.getByRole("link", { name: `Book new appointment for ${f.service.name}` }).click();

  // Book the first free time.
  await landedOn(page, /\/book\?entry=/);
  await expect(page.getByRole("group", { name: formatDate(first!.startsAt) })).toBeVisible();
  await chooseSlot(page, first!.id);
  await page.getByRole("button", { name: "Book appointment" }).click();
  await landedOn(page, /\/staff\/appointments\/[0-9a-f-]+\?done=booked$/);
  await expect(page.getByRole("alert").filter({ hasText: "Appointment booked" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Status and flags" })).toContainText("Booked");

  // Move it to the third time, at the patient's request.
  await page.getByRole("button", { name: "Reschedule" }).click();
  await landedOn(page, /\/reschedule$/);
  await page.getByRole("radio", { name: "The patient" }).check();
  await chooseSlot(page, third!.id);
  await page.getByRole("button", { name: "Move appointment" }).click();
  await landedOn(page, /\?done=rescheduled$/);
  const history = page.getByRole("table", { name: /Appointment history/ });
  await expect(history).toContainText("Booked by the booking centre");
  await expect(history).toContainText("Rescheduled at the patient's request");
  await expect(history).toContainText("Booked as the new time of a rescheduled appointment");
  const moved = page.url();

  // The clinic's diary shows the booking at the new time, and the old time free.
  await page.goto(`/staff/diary?clinicId=${f.clinic.id}&view=day&date=${londonDay(third!.startsAt)}`);
  const diaryRow = page.getByRole("row").filter({ hasText: name });
  await expect(diaryRow).toHaveCount(1);
  await expect(diaryRow).toContainText("Booked");
  await expect(page.getByText(/1 of \d+ places? booked/)).toBeVisible();

  // Cancel it: the form asks who asked and why.
  await page.goto(moved);
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await landedOn(page, /\/cancel$/);
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter a reason for cancelling");
  await expectAccessible(page);
  await page.waitForTimeout(1100);
  await page.getByRole("radio", { name: /The patient/ }).check();
  await page.getByLabel("Reason for cancelling").fill("Moving away from the area");
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await landedOn(page, /\?done=cancelled$/);
  await expect(page.getByRole("list", { name: "Status and flags" })).toContainText("Cancelled by patient");
  await expect(page.getByRole("table", { name: /Appointment history/ })).toContainText("Moving away from the area");
  await page.goto(`/staff/diary?clinicId=${f.clinic.id}&view=day&date=${londonDay(third!.startsAt)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  // Two days ago the patient did not come: record it, and the diary shows it.
  await page.goto(`/staff/appointments/${past.id}`);
  await expect(page.getByRole("button", { name: "Was not brought" })).toHaveCount(0); // an adult
  await page.getByRole("button", { name: "Did not attend" }).click();
  await landedOn(page, /\?done=did_not_attend$/);
  await expect(page.getByRole("list", { name: "Status and flags" })).toContainText("Did not attend");
  await page.goto(`/staff/diary?clinicId=${f.clinic.id}&view=week&date=${londonDay(past.startsAt)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Did not attend");

  const appointments = await db.appointment.findMany({ where: { patientId: patient.id }, select: { status: true } });
  expect(appointments.map((a) => a.status).sort()).toEqual(["CANCELLED_BY_PATIENT", "CANCELLED_BY_PATIENT", "DID_NOT_ATTEND"]);
});

test("a slot taken by someone else first is explained, with other times to choose from", async ({ page }) => {
  const f = await createTestFixtures(db);
  const { patient } = await patientWaiting(f);
  const [contested, other] = await f.createSlots(2);
  const rival = await f.createPatient();

  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto(`/staff/patients/${patient.id}/book`);
  await chooseSlot(page, contested!.id);
  // Another clerk books the same slot while this one is deciding.
  await bookAppointment(db, { slotId: contested!.id, patientId: rival.id, channel: "STAFF" }, { userId: null, label: "Another clerk" });
  await page.getByRole("button", { name: "Book appointment" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("This slot has just been taken");
  const alternatives = page.getByRole("group", { name: "Other times of the same appointment type" });
  await expect(alternatives.getByRole("radio")).toHaveCount(1);
  await expectAccessible(page);
  await page.waitForTimeout(1100);
  await chooseSlot(page, other!.id);
  await page.getByRole("button", { name: "Book appointment" }).click();
  await landedOn(page, /\?done=booked$/);
  expect(await db.appointment.count({ where: { patientId: patient.id } })).toBe(1);
});

test("a booking form sent twice books once", async ({ page, browser }) => {
  const f = await createTestFixtures(db);
  const { patient } = await patientWaiting(f);
  const [slot] = await f.createSlots(1);
  await signInAsStaff(page, DEMO_CLERK.email);

  // Without JavaScript the form is a plain POST: send exactly what the browser would, twice.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: new URL(page.url()).origin });
  const noScript = await context.newPage();
  await noScript.goto(`/staff/patients/${patient.id}/book`);
  await noScript.locator(`input[name="slotId"][value="${slot!.id}"]`).check();
  const fields = await noScript.locator("#book-form").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
  const post = () =>
    context.request.post(noScript.url(), { multipart: Object.fromEntries(fields), maxRedirects: 0, headers: { Origin: new URL(noScript.url()).origin } });
  const [once, twice] = [await post(), await post()];
  await context.close();

  expect([once.status(), twice.status()]).toEqual([303, 303]);
  expect(once.headers().location).toMatch(/\/staff\/appointments\/[0-9a-f-]+\?done=booked$/);
  expect(twice.headers().location).toBe(once.headers().location);
  expect(await db.appointment.count({ where: { patientId: patient.id } })).toBe(1);
});

test("clinicians see diaries and record outcomes but do not book; administrators change booking rules, audited", async ({ page }) => {
  test.slow(); // two sign-ins, an outcome with PIFU, a diary and a rules change: a long journey
  const f = await createTestFixtures(db);
  const { patient, referral } = await patientWaiting(f);
  const past = await pastAppointment(db, f, patient.id);
  await db.appointment.update({ where: { id: past.id }, data: { referralId: referral.id } });
  await startTestClock(db, referral.id, new Date(past.startsAt.getTime() - 7 * 86_400_000));
  const template = await createTestPifuTemplate(db, f.service.id, { name: "Knee pain – 6 months", periodMonths: 12 });

  await signInAsStaff(page, DEMO_CLINICIAN.email);
  expect((await page.goto(`/staff/patients/${patient.id}/book`))?.status()).toBe(403);
  await page.goto(`/staff/appointments/${past.id}`);
  await expect(page.getByRole("button", { name: "Reschedule" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mark as seen" }).click();
  await landedOn(page, /\?done=seen$/);
  await page.getByRole("button", { name: "Record outcome" }).click();
  await landedOn(page, /\/outcome$/);
  await page.getByRole("radio", { name: /Patient-initiated follow-up/ }).check();
  await page.getByRole("button", { name: "Record outcome" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Choose a PIFU template");
  await expectAccessible(page);
  await page.waitForTimeout(1100);
  await page.getByRole("radio", { name: template.name }).check();
  await page.getByRole("radio", { name: "6 months", exact: true }).check();
  await page.getByRole("button", { name: "Record outcome" }).click();
  await landedOn(page, /\?done=outcome$/);
  await expect(page.getByText("6 months, until")).toBeVisible();
  await expect(page.getByRole("table", { name: /Appointment history/ })).toContainText("Outcome recorded: patient-initiated follow-up");
  expect(await db.pifuPathway.count({ where: { fromAppointmentId: past.id, durationMonths: 6, endAction: "DISCHARGE", templateId: template.id } })).toBe(1);
  await page.getByRole("link", { name: "Clinic diaries" }).first().click();
  await landedOn(page, /\/staff\/diary$/);
  await page.getByRole("link", { name: f.clinician.name, exact: true }).click();
  await landedOn(page, new RegExp(`clinicianId=${f.clinician.id}$`));
  await page.getByLabel("Go to date").fill(londonDay(past.startsAt));
  await page.getByRole("button", { name: "Go" }).click();
  await landedOn(page, /view=day&date=/);
  await expect(page.getByRole("row").filter({ hasText: patient.familyName.toUpperCase() })).toContainText("Seen");
  await page.getByRole("link", { name: "Show the whole week" }).click();
  await landedOn(page, /view=week/);
  await expect(page.getByRole("row").filter({ hasText: patient.familyName.toUpperCase() })).toContainText("Seen");
  expect((await page.goto("/staff/settings/booking-rules"))?.status()).toBe(403);

  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_ADMIN.email);
  await page.goto(`/staff/settings/booking-rules/${f.appointmentType.id}`);
  await page.getByRole("radio", { name: "No, only staff book it" }).check();
  await page.getByLabel("Minimum notice, in hours").fill("48");
  await page.getByRole("button", { name: "Save rules" }).click();
  await landedOn(page, /\/staff\/settings\/booking-rules\?saved=1$/);
  await page.goto(`/staff/settings/booking-rules/${f.appointmentType.id}`);
  const changes = page.getByRole("table", { name: /Changes to these rules/ });
  await expect(changes).toContainText(DEMO_ADMIN.name);
  await expect(changes).toContainText("Minimum notice: 24 hours → 48 hours");
  expect(await db.appointmentType.findUniqueOrThrow({ where: { id: f.appointmentType.id } })).toMatchObject({ patientBookable: false, minNoticeHours: 48 });
});

test("the booking centre is for staff: a signed-in patient finds none of it", async ({ page }) => {
  const f = await createTestFixtures(db);
  const { patient } = await patientWaiting(f);
  const [slot] = await f.createSlots(1);
  const { appointment } = await bookAppointment(db, { slotId: slot!.id, patientId: patient.id, channel: "STAFF" }, { userId: null, label: "Test" });

  await signInAsPatient(page, DEMO_PATIENT_2.email);
  for (const path of ["/staff/patients", `/staff/patients/${patient.id}`, `/staff/patients/${patient.id}/book`, `/staff/appointments/${appointment.id}`, "/staff/diary"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
