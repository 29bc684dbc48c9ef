import type { OutgoingEmail } from "../mail/transport";
import type { MessageContext } from "../../messages/message-context";

/** Configuration for rendering messages in tests, without reading the environment. */
export function testMessageContext(now = new Date()): MessageContext {
  return {
    baseUrl: "http://frontdoor.test",
    trustName: "Test Community Health NHS Trust",
    organizer: { name: "Test Community Health NHS Trust", email: "no-reply@frontdoor.test" },
    secret: "a-test-secret-that-is-long-enough-123456",
    now,
  };
}

/** A stand-in for SMTP that keeps what it was given, and can be told to fail. */
export function fakeMailer() {
  const sent: OutgoingEmail[] = [];
  let failWith: Error | undefined;
  return {
    sent,
    failNext(error = new Error("SMTP connection refused")) {
      failWith = error;
    },
    send: async (email: OutgoingEmail) => {
      if (failWith) {
        const error = failWith;
        failWith = undefined;
        throw error;
      }
      sent.push(email);
    },
  };
}
