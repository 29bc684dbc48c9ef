import { expect, type Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { createDbClient, type Db } from "../../server/platform/db/client";
import type { AppointmentMode } from "../../server/platform/db/generated/enums";
import { generateBookingReference } from "../../server/booking/invitations/send-booking-invitation";
import { createTestFixtures, uniqueCode } from "../../server/platform/testing/fixtures";
import { parseIcs } from "../../server/booking/calendar/parse-ics";
import type { CapturedEmail } from "../../server/platform/mail/catcher-store";

const HOUR = 3_600_000;

export function testDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests with npm test");
  return createDbClient(url);
}

/**
 * A patient of their own (email, date of birth, postcode), with an accepted
 * referral and booking reference on a service of their own, and free slots
 * `daysAhead` days from now (9am-ish, an hour apart). Nothing another test uses.
 */
export async function createBookablePatient(client: Db, options: { daysAhead?: number[]; mode?: AppointmentMode } = {}) {
  const f = await createTestFixtures(client, { mode: options.mode });
  const code = uniqueCode().toLowerCase();
  const dateOfBirth = { day: 1 + randomInt(0, 28), month: 1 + randomInt(0, 12), year: 1950 + randomInt(0, 50) };
  const patient = await f.createPatient({
    givenName: "Robin",
    email: `self-booking-${code}@example.nhs.invalid`,
    dateOfBirth: new Date(Date.UTC(dateOfBirth.year, dateOfBirth.month - 1, dateOfBirth.day)),
    postcode: "B29 6HZ",
  });
  const { referral, waitingListEntry } = await f.createReferral(patient.id);
  const bookingReference = generateBookingReference();
  await client.referral.update({ where: { id: referral.id }, data: { bookingReference } });
  const today = Math.ceil(Date.now() / HOUR) * HOUR;
  const slots = [];
  for (const [i, days] of (options.daysAhead ?? [3, 4, 5]).entries()) {
    slots.push(await f.createSlot({ startsAt: new Date(today + days * 24 * HOUR + i * HOUR) }));
  }
  return { f, patient, referral, entry: waitingListEntry, bookingReference, dateOfBirth, slots };
}

export function calendarOf(email: CapturedEmail) {
  const attachment = email.attachments.find((a) => a.filename.endsWith(".ics"));
  if (!attachment) throw new Error(`No .ics attached to "${email.subject}"`);
  expect(attachment.content.toString("utf8")).toMatch(/\r\n/);
  return parseIcs(attachment.content.toString("utf8"));
}

/** Presses Tab until `selector` has focus (or fails after `max` presses): how a keyboard user gets there. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/** Nothing on the page is wider than the viewport (no sideways scrolling at 320 px). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `page is ${widths.scroll}px wide at ${widths.client}px`).toBeLessThanOrEqual(widths.client);
}
