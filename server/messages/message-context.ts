import { env } from "../platform/config/env";

/** What every template needs from configuration, passed in so templates stay testable. */
export type MessageContext = {
  baseUrl: string;
  trustName: string;
  organizer: { name: string; email: string };
  secret: string;
  now: Date;
};

export function messageContext(now: Date): MessageContext {
  const config = env();
  return { baseUrl: config.baseUrl, trustName: config.trustName, organizer: { name: config.trustName, email: mailAddress(config.mailFrom) }, secret: config.authSecret, now };
}

/** "Front Door <no-reply@x>" → "no-reply@x". */
export function mailAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
