import { DEMO_CLERK } from "../prisma/seed/demo-identities";
import { bookAppointment } from "../server/booking/core/book-appointment";
import { createBookingLinkToken } from "../server/booking/links/booking-link";
import { sendBookingInvitation } from "../server/booking/invitations/send-booking-invitation";
import { formatDateTime } from "../server/platform/time/london";
import { signInAsPatient, signInAsStaff } from "./support/auth";
import { expect, expectAccessible, landedOn, test } from "./support/fixtures";
import { waitForEmail } from "./support/mail";
import { calendarOf, createBookablePatient, expectNoSidewaysScroll, tabTo, testDb } from "./support/self-booking";

const staffActor = { userId: null, label: "Test booking clerk" };

test("from an emailed invitation to a confirmed appointment on a 320 px screen, with the keyboard only", async ({ page }) => {
  const client = testDb();
  const { patient, referral, dateOfBirth, slots } = await createBookablePatient(client);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.30" });
  const since = new Date();
  await sendBookingInvitation(client, referral.id);
  const invitation = await waitForEmail(patient.email!, { since, subject: /Book your/ });
  await page.goto(invitation.text.split(/\s+/).find((word) => word.includes("/book-by-reference?reference="))!);
  await expectNoSidewaysScroll(page);

  await tabTo(page, "#dateOfBirth-day");
  await page.keyboard.type(String(dateOfBirth.day));
  await page.keyboard.press("Tab");
  await page.keyboard.type(String(dateOfBirth.month));
  await page.keyboard.press("Tab");
  await page.keyboard.type(String(dateOfBirth.year));
  await tabTo(page, "#postcode");
  await page.keyboard.type("B29 6HZ");
  await page.keyboard.press("Enter");

  await landedOn(page, /\/book-by-reference\/manage$/);
  await expectNoSidewaysScroll(page);
  await tabTo(page, 'a[href^="/book-by-reference/book/"]');
  await page.keyboard.press("Enter");

  await landedOn(page, /\/book-by-reference\/book\/[0-9a-f-]+$/);
  await expectNoSidewaysScroll(page);
  await tabTo(page, `a[href*="slot=${slots[1]!.id}"]`, 120);
  await page.keyboard.press("Enter");

  await landedOn(page, /\/check\?slot=/);
  await expectNoSidewaysScroll(page);
  await tabTo(page, 'input[value="LARGE_PRINT"]');
  await page.keyboard.press("Space");
  const bookedAt = new Date();
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");

  await landedOn(page, /\?done=booked$/);
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment booked");
  await expect(page.getByText(`${formatDateTime(slots[1]!.startsAt)} (UK time)`).first()).toBeVisible();
  await tabTo(page, 'a[download="appointment.ics"]');

  const appointment = await client.appointment.findFirstOrThrow({ where: { patientId: patient.id, status: "BOOKED" } });
  expect(appointment.slotId).toBe(slots[1]!.id);
  expect((await client.patient.findUniqueOrThrow({ where: { id: patient.id } })).communicationNeeds).toEqual(["LARGE_PRINT"]);
  expect(calendarOf(await waitForEmail(patient.email!, { since: bookedAt, subject: /Your appointment is booked/ })).event.UID?.value).toBe(appointment.calendarUid);
  await client.$disconnect();
});

test("nobody reaches another patient's booking pages: account, reference session and reminder link", async ({ page }) => {
  const client = testDb();
  const mine = await createBookablePatient(client);
  const theirs = await createBookablePatient(client);
  const { appointment: theirAppointment } = await bookAppointment(
    client,
    { slotId: theirs.slots[0]!.id, patientId: theirs.patient.id, waitingListEntryId: theirs.entry.id, channel: "STAFF" },
    staffActor,
  );

  await signInAsPatient(page, mine.patient.email!);
  expect((await page.goto(`/patient/book/${mine.entry.id}`))?.status()).toBe(200);
  for (const path of [
    `/patient/appointments/${theirAppointment.id}`,
    `/patient/appointments/${theirAppointment.id}/cancel`,
    `/patient/appointments/${theirAppointment.id}/change`,
    `/patient/book/${theirs.entry.id}`,
    `/patient/book/${theirs.entry.id}/contact`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get(`/patient/appointments/${theirAppointment.id}/calendar`)).status()).toBe(404);

  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.40" });
  await page.goto(`/book-by-reference?reference=${mine.bookingReference}`);
  await page.getByLabel("Day").fill(String(mine.dateOfBirth.day));
  await page.getByLabel("Month").fill(String(mine.dateOfBirth.month));
  await page.getByLabel("Year").fill(String(mine.dateOfBirth.year));
  await page.getByLabel("Postcode").fill("B29 6HZ");
  await page.getByRole("button", { name: "Continue" }).click();
  await landedOn(page, /\/book-by-reference\/manage$/);
  expect((await page.goto(`/book-by-reference/appointments/${theirAppointment.id}`))?.status()).toBe(404);
  expect((await page.goto(`/book-by-reference/book/${theirs.entry.id}`))?.status()).toBe(404);

  // A reminder link for my appointment, with their appointment's id swapped in, opens nothing.
  const { appointment: mineBooked } = await bookAppointment(client, { slotId: mine.slots[0]!.id, patientId: mine.patient.id, channel: "STAFF" }, staffActor);
  const token = createBookingLinkToken({ appointmentId: mineBooked.id, action: "cancel", expiresAt: mineBooked.startsAt }, process.env.NEXTAUTH_SECRET!);
  await page.goto(`/appointment-link/${token.replace(mineBooked.id, theirAppointment.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  expect((await client.appointment.findUniqueOrThrow({ where: { id: theirAppointment.id } })).status).toBe("BOOKED");
  await client.$disconnect();
});

test("a reminder's links confirm or cancel that one appointment without signing in", async ({ page }) => {
  const client = testDb();
  const { patient, slots, entry } = await createBookablePatient(client);
  const { appointment } = await bookAppointment(client, { slotId: slots[0]!.id, patientId: patient.id, waitingListEntryId: entry.id, channel: "STAFF" }, staffActor);
  const link = (action: "confirm" | "cancel") =>
    `/appointment-link/${createBookingLinkToken({ appointmentId: appointment.id, action, expiresAt: appointment.startsAt }, process.env.NEXTAUTH_SECRET!)}`;

  await page.goto(link("confirm"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your appointment");
  // Opening the link changed nothing: the patient presses the button.
  expect((await client.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).patientConfirmedAt).toBeNull();
  await page.getByRole("button", { name: "Confirm I will come" }).click();
  await landedOn(page, /\?done=confirmed$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for confirming");
  expect((await client.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).patientConfirmedAt).not.toBeNull();

  await page.goto(link("cancel"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your appointment");
  await page.getByLabel("I cannot come at this time").check();
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await landedOn(page, /\?done=cancelled$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appointment cancelled");
  expect(await client.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({
    status: "CANCELLED_BY_PATIENT",
    cancelReason: "I cannot come at this time",
  });
  await client.$disconnect();
});

test("the video link shows from 15 minutes before the start, not earlier", async ({ page }) => {
  const client = testDb();
  const { f, patient } = await createBookablePatient(client, { mode: "VIDEO", daysAhead: [] });
  await client.clinic.update({ where: { id: f.clinic.id }, data: { videoJoinUrl: "https://video.frontdoor.nhs.invalid/room/e2e-test" } });
  const soon = await f.createSlot({ startsAt: new Date(Date.now() + 10 * 60_000) });
  const later = await f.createSlot({ startsAt: new Date(Date.now() + 2 * 86_400_000) });
  const { appointment: now } = await bookAppointment(client, { slotId: soon.id, patientId: patient.id, channel: "STAFF" }, staffActor);
  const { appointment: notYet } = await bookAppointment(client, { slotId: later.id, patientId: patient.id, channel: "STAFF" }, staffActor);

  await signInAsPatient(page, patient.email!);
  await page.goto(`/patient/appointments/${now.id}`);
  await expect(page.getByRole("button", { name: "Join your video appointment" })).toHaveAttribute("href", "https://video.frontdoor.nhs.invalid/room/e2e-test");
  await page.goto(`/patient/appointments/${notYet.id}`);
  await expect(page.getByRole("button", { name: "Join your video appointment" })).toHaveCount(0);
  await expect(page.getByText(/The link to join your video appointment will appear here from/)).toBeVisible();
  await client.$disconnect();
});

test("nothing suitable: the patient asks for a call and the booking centre sees it with their needs flagged", async ({ page }) => {
  const client = testDb();
  const { patient, bookingReference, dateOfBirth, entry } = await createBookablePatient(client);
  await client.patient.update({ where: { id: patient.id }, data: { communicationNeeds: ["INTERPRETER"], interpreterLanguage: "Polish" } });
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.50" });

  await page.goto(`/book-by-reference?reference=${bookingReference}`);
  await page.getByLabel("Day").fill(String(dateOfBirth.day));
  await page.getByLabel("Month").fill(String(dateOfBirth.month));
  await page.getByLabel("Year").fill(String(dateOfBirth.year));
  await page.getByLabel("Postcode").fill("B29 6HZ");
  await page.getByRole("button", { name: "Continue" }).click();
  await landedOn(page, /\/manage$/);
  await page.goto(`/book-by-reference/book/${entry.id}`);
  await page.getByRole("link", { name: "Ask us to contact you" }).click();
  await landedOn(page, /\/contact$/);
  await page.getByLabel("Call me to find a time").check();
  await page.getByLabel("Phone number").fill("07700 900123");
  await page.getByRole("button", { name: "Send" }).click();
  await landedOn(page, /\/contact\?done=sent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We will contact you");
  await expect(page.getByText(/within 2 working days/)).toBeVisible();

  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/worklist?kind=APPOINTMENT_SLOT_ISSUE");
  const row = page.getByRole("row").filter({ hasText: `${patient.givenName} ${patient.familyName}` });
  await expect(row).toContainText("patient asked for a call back");
  await expect(row).toContainText("Call on 07700 900123");
  await expect(row.getByText("Interpreter: Polish")).toBeVisible();
  await expectAccessible(page);
  await client.$disconnect();
});

test("a booking clerk sends an invitation to book, which arrives with the reference and link", async ({ page }) => {
  const client = testDb();
  const { patient, bookingReference, f } = await createBookablePatient(client, { daysAhead: [] });
  await client.$disconnect();
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/invitations");
  const since = new Date();
  await page.getByLabel("Booking reference").fill(bookingReference.toLowerCase());
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invitation to book" })).toContainText(`booking reference ${bookingReference}`);
  await expectAccessible(page);
  const email = await waitForEmail(patient.email!, { since, subject: new RegExp(`Book your ${f.service.name} appointment`) });
  expect(email.text).toContain(`/book-by-reference?reference=${bookingReference}`);
});
