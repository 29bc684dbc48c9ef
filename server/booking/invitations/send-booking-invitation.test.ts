import { describe, expect, it } from "vitest";
import { sendMessage } from "../../messages/send-message";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { fakeMailer, testMessageContext } from "../../platform/testing/message-context";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { InvitationNotPossibleError, sendBookingInvitation } from "./send-booking-invitation";

const db = setupTestDatabase();

describe("sendBookingInvitation", () => {
  it("gives the referral a reference if it has none and emails it with a link to book by reference", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral } = await f.createReferral(patient.id);

    const { messageId, bookingReference } = await sendBookingInvitation(db, referral.id);

    expect(bookingReference).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).bookingReference).toBe(bookingReference);
    expect(await db.job.count({ where: { queue: "send-message", payload: { equals: { messageId } } } })).toBe(1);
    const mailer = fakeMailer();
    await sendMessage(db, messageId, testMessageContext(), mailer.send);
    const email = mailer.sent[0]!;
    expect(email).toMatchObject({ to: patient.email, subject: `Book your ${f.service.name} appointment` });
    expect(email.text).toContain(`Your booking reference is ${bookingReference}`);
    expect(email.text).toContain(`http://frontdoor.test/book-by-reference?reference=${bookingReference}`);
    expect(await db.auditEvent.count({ where: { entityId: referral.id, action: "referral.booking-invitation-sent" } })).toBe(1);
  });

  it("keeps an existing reference, and is refused for a referral not waiting to be booked", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const { referral } = await f.createReferral(patient.id);
    await db.referral.update({ where: { id: referral.id }, data: { bookingReference: `T${f.code.slice(0, 7)}` } });

    expect((await sendBookingInvitation(db, referral.id)).bookingReference).toBe(`T${f.code.slice(0, 7)}`);
    await db.referral.update({ where: { id: referral.id }, data: { status: "DISCHARGED" } });
    await expect(sendBookingInvitation(db, referral.id)).rejects.toBeInstanceOf(InvitationNotPossibleError);
  });
});
