import { parseUtcStamp } from "../server/booking/calendar/parse-ics";
import { sendBookingInvitation } from "../server/booking/invitations/send-booking-invitation";
import { formatDateTime } from "../server/platform/time/london";
import { signInAsPatient } from "./support/auth";
import { expect, landedOn, test } from "./support/fixtures";
import { waitForEmail } from "./support/mail";
import { calendarOf, createBookablePatient, testDb } from "./support/self-booking";

test("a patient books, changes and cancels an appointment from their account, with emails and calendar updates", async ({ page }) => {
  const client = testDb();
  const { f, patient, slots } = await createBookablePatient(client);
  const [first, second] = [slots[0]!, slots[1]!];

  await signInAsPatient(page, patient.email!);
  await page.getByRole("button", { name: `Book your appointment with ${f.service.name}` }).click();
  await landedOn(page, /\/patient\/book\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a time");
  await page.getByRole("link", { name: new RegExp(`^${formatDateTime(first.startsAt)}, in person at ${f.location.name}`) }).click();

  await landedOn(page, /\/check\?slot=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check and confirm your appointment");
  await page.getByLabel("Wheelchair access").check();
  let since = new Date();
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await landedOn(page, /\/patient\/appointments\/[0-9a-f-]+\?done=booked$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment booked");
  await expect(page.getByText(`${formatDateTime(first.startsAt)} (UK time)`).first()).toBeVisible();
  await expect(page.getByText(f.location.addressLine1)).toBeVisible();
  const booked = await client.appointment.findFirstOrThrow({ where: { patientId: patient.id, status: "BOOKED" } });
  expect(booked).toMatchObject({ slotId: first.id, bookingChannel: "PATIENT_ONLINE" });
  expect((await client.patient.findUniqueOrThrow({ where: { id: patient.id } })).communicationNeeds).toEqual(["WHEELCHAIR_ACCESS"]);
  const confirmation = await waitForEmail(patient.email!, { since, subject: /Your appointment is booked/ });
  expect(confirmation.text).toContain(formatDateTime(first.startsAt));
  const ics = calendarOf(confirmation);
  expect(ics.method).toBe("REQUEST");
  expect(ics.event.UID?.value).toBe(booked.calendarUid);
  expect(parseUtcStamp(ics.event.DTSTART!.value)).toEqual(first.startsAt);

  await page.getByRole("link", { name: /Change this appointment/ }).click();
  await landedOn(page, /\/change$/);
  await page.getByRole("link", { name: new RegExp(`^${formatDateTime(second.startsAt)}`) }).click();
  await landedOn(page, /\/change\/check\?slot=/);
  await expect(page.getByText(`Your appointment on ${formatDateTime(first.startsAt)} will be cancelled`)).toBeVisible();
  since = new Date();
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await landedOn(page, /\?done=changed$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment changed");
  const changed = await waitForEmail(patient.email!, { since, subject: /Your appointment has been changed/ });
  const moved = calendarOf(changed);
  expect(moved.event.UID?.value).toBe(booked.calendarUid);
  expect(moved.event.SEQUENCE?.value).toBe("1");
  expect(parseUtcStamp(moved.event.DTSTART!.value)).toEqual(second.startsAt);

  await page.getByRole("link", { name: /Cancel this appointment/ }).click();
  await landedOn(page, /\/cancel$/);
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Choose why you are cancelling");
  await page.getByLabel("I feel better").check();
  since = new Date();
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await landedOn(page, /\?done=cancelled$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment cancelled");
  const cancelled = calendarOf(await waitForEmail(patient.email!, { since, subject: /cancelled/ }));
  expect(cancelled.method).toBe("CANCEL");
  expect(cancelled.event.UID?.value).toBe(booked.calendarUid);
  // The patient's cancellation frees the slot at once.
  expect((await client.slot.findUniqueOrThrow({ where: { id: second.id } })).bookedCount).toBe(0);

  await page.goto("/patient");
  await expect(page.getByRole("button", { name: `Book your appointment with ${f.service.name}` })).toBeVisible();
  await client.$disconnect();
});

test("a patient books by reference from the link in their invitation email", async ({ page }) => {
  const client = testDb();
  const { f, patient, referral, bookingReference, dateOfBirth, slots } = await createBookablePatient(client);
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.10" });
  const since = new Date();
  await sendBookingInvitation(client, referral.id);

  const invitation = await waitForEmail(patient.email!, { since, subject: /Book your/ });
  expect(invitation.text).toContain(`Your booking reference is ${bookingReference}`);
  const link = invitation.text.split(/\s+/).find((word) => word.includes("/book-by-reference?reference="));
  expect(link).toBeDefined();
  await page.goto(link!);
  await expect(page.getByLabel("Booking reference")).toHaveValue(bookingReference);
  await page.getByLabel("Day").fill(String(dateOfBirth.day));
  await page.getByLabel("Month").fill(String(dateOfBirth.month));
  await page.getByLabel("Year").fill(String(dateOfBirth.year));
  await page.getByLabel("Postcode").fill("b29 6hz");
  await page.getByRole("button", { name: "Continue" }).click();

  await landedOn(page, /\/book-by-reference\/manage$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your referral to ${f.service.name}`);
  await page.getByRole("button", { name: /Book your appointment/ }).click();
  await landedOn(page, /\/book-by-reference\/book\/[0-9a-f-]+$/);
  await page.getByRole("link", { name: new RegExp(`^${formatDateTime(slots[2]!.startsAt)}`) }).click();
  await landedOn(page, /\/check\?slot=/);
  const bookedAt = new Date();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await landedOn(page, /\/book-by-reference\/appointments\/[0-9a-f-]+\?done=booked$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment booked");
  await expect(page.getByText(`We have sent the details to ${patient.email}`)).toBeVisible();

  const appointment = await client.appointment.findFirstOrThrow({ where: { patientId: patient.id, status: "BOOKED" } });
  expect(appointment).toMatchObject({ slotId: slots[2]!.id, bookingChannel: "BOOKING_REFERENCE", referralId: referral.id });
  const ics = calendarOf(await waitForEmail(patient.email!, { since: bookedAt, subject: /Your appointment is booked/ }));
  expect(ics.event.UID?.value).toBe(appointment.calendarUid);
  // The calendar file on the page is the same event.
  const download = await page.request.get(`/book-by-reference/appointments/${appointment.id}/calendar`);
  expect(download.headers()["content-type"]).toContain("text/calendar");
  expect(await download.text()).toContain(`UID:${appointment.calendarUid}`);
  await client.$disconnect();
});

test("booking references are rate limited after repeated wrong attempts, without saying whether a reference exists", async ({ page }) => {
  const client = testDb();
  const { bookingReference, dateOfBirth } = await createBookablePatient(client, { daysAhead: [3] });
  await client.$disconnect();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.20" });
  const noMatch = "We could not find a referral that matches these details";

  async function attempt(reference: string, day: number) {
    await page.goto("/book-by-reference");
    await page.getByLabel("Booking reference").fill(reference);
    await page.getByLabel("Day").fill(String(day));
    await page.getByLabel("Month").fill(String(dateOfBirth.month));
    await page.getByLabel("Year").fill(String(dateOfBirth.year));
    await page.getByLabel("Postcode").fill("B29 6HZ");
    await page.getByRole("button", { name: "Continue" }).click();
    return page.getByRole("alert").filter({ hasText: "There is a problem" });
  }

  const wrongDay = dateOfBirth.day === 28 ? 27 : dateOfBirth.day + 1;
  // An unknown reference and a wrong date of birth get the same answer.
  await expect(await attempt("ZZZZ2222", dateOfBirth.day)).toContainText(noMatch);
  for (let i = 0; i < 5; i++) await expect(await attempt(bookingReference, wrongDay)).toContainText(noMatch);
  // Now even the right details are refused for a while.
  await expect(await attempt(bookingReference, dateOfBirth.day)).toContainText("You have tried too many times");
  await expect(page).toHaveURL(/\/book-by-reference$/);
});
