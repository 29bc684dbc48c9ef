import { DEMO_ADMIN, DEMO_CLERK } from "../prisma/seed/demo-identities";
import { sendMessage } from "../server/messages/send-message";
import { createDbClient } from "../server/platform/db/client";
import { testMessageContext } from "../server/platform/testing/message-context";
import { nhsNumberCheckDigit } from "../server/patients/nhs-number";
import { createReferral } from "../server/referrals/create-referral";
import { signInAsPatient, signInAsStaff } from "./support/auth";
import { expect, expectAccessible, test } from "./support/fixtures";

function freshNhsNumber(): string {
  for (;;) {
    const first9 = `7${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const check = nhsNumberCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A patient with a referral: its "we have received your referral" message is in their inbox, its letter waiting to print if unread. */
async function patientWithMessage() {
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  try {
    const email = `inbox-${unique()}@example.nhs.invalid`;
    const { referral } = await createReferral(
      client,
      {
        patient: { nhsNumber: freshNhsNumber(), givenName: "Inbox", familyName: unique(), dateOfBirth: "1980-01-01", addressLine1: "1 Road", town: "Northfield", postcode: "B31 1AA", email },
        serviceCode: "POD",
        source: "SELF",
        referrerName: "Self-referral",
        receivedAt: new Date(),
        priority: "ROUTINE",
        reason: "Foot pain",
      },
      { userId: null, label: "e2e" },
    );
    const message = await client.message.findFirstOrThrow({ where: { referralId: referral.id, template: "referral-received" } });
    // The app's worker may get there first; either way the message is written once.
    await sendMessage(client, message.id, testMessageContext(), async () => {});
    return { email, messageId: message.id, patientId: referral.patientId };
  } finally {
    await client.$disconnect();
  }
}

test("a patient reads a message in their inbox, which cancels its letter", async ({ page }) => {
  const mine = await patientWithMessage();
  const theirs = await patientWithMessage();
  const client = createDbClient(process.env.DATABASE_URL ?? "");
  expect(await client.letter.findUniqueOrThrow({ where: { messageId: mine.messageId } })).toMatchObject({ status: "PENDING" });

  await signInAsPatient(page, mine.email);
  await page.getByRole("link", { name: "Your messages" }).first().click();
  await expect(page.getByRole("heading", { name: "Your messages" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /We have received your referral/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "We have received your referral" })).toBeVisible();
  await expect(page.getByText("we will not post you a paper copy")).toBeVisible();
  await expectAccessible(page);
  expect(await client.letter.findUniqueOrThrow({ where: { messageId: mine.messageId } })).toMatchObject({ status: "CANCELLED" });

  const pdf = await page.request.get(`/patient/messages/${mine.messageId}/letter`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Someone else's message is not found, and reading was not possible: their letter still waits.
  expect((await page.goto(`/patient/messages/${theirs.messageId}`))?.status()).toBe(404);
  expect((await page.request.get(`/patient/messages/${theirs.messageId}/letter`)).status()).toBe(404);
  expect(await client.letter.findUniqueOrThrow({ where: { messageId: theirs.messageId } })).toMatchObject({ status: "PENDING" });
  await client.$disconnect();
});

test("staff see the print room, a patient's message history, the message plans and the job queue", async ({ page }) => {
  const { patientId } = await patientWithMessage();
  await signInAsStaff(page, DEMO_CLERK.email);
  await page.goto("/staff/letters");
  await expect(page.getByRole("heading", { level: 1, name: "Letters and print batches" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/staff/patients/${patientId}/messages`);
  await expect(page.getByText("We have received your referral").first()).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signInAsStaff(page, DEMO_ADMIN.email);
  await page.goto("/staff/settings/message-plans");
  await expect(page.getByText("appointment-confirmation").first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/staff/jobs?status=DONE");
  await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
  await expectAccessible(page);
});
