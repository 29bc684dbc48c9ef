import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { magicLinkEmail } from "../../emails/magic-link";
import type { AppConfig } from "../platform/config/env";
import type { DbClient } from "../platform/db/client";
import { enqueueJob } from "../platform/jobs/queue";
import { sendEmail, type OutgoingEmail } from "../platform/mail/transport";
import { consumeRateLimit } from "../platform/rate-limit/consume-rate-limit";
import { canSignInByEmail } from "./adapter";

/**
 * Signing in by emailed link, in two halves so the answer reveals nothing.
 *
 * The request (requestSignInLink) does the same work for every address, known
 * or not: two rate-limit counts and one queued job. No lookup, no token, no
 * email; so it takes the same time and answers the same way.
 *
 * The job (sendSignInLinkJob) then decides: only an address that may sign in
 * gets a token row and an email. Unknown addresses leave nothing behind.
 */
export const SIGN_IN_LINK_QUEUE = "send-sign-in-link";
export const SIGN_IN_LINK_MINUTES = 15;
/** Links asked for per email address, and per client address (a household or surgery may share one), in 15 minutes. */
export const SIGN_IN_LINKS_PER_EMAIL = { limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_LINKS_PER_CLIENT = { limit: 50, windowMs: 15 * 60_000 };

export const emailSignInSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, { message: "Enter an email address in the correct format, like name@example.com" })
    .pipe(z.email({ message: "Enter an email address in the correct format, like name@example.com" }))
    .transform((email) => email.toLowerCase()),
});

export type SignInLinkRequest = { ok: true } | { ok: false; reason: "RATE_LIMITED" };

export async function requestSignInLink(client: DbClient, input: { email: string; clientAddress: string }, now = new Date()): Promise<SignInLinkRequest> {
  const [perEmail, perClient] = await Promise.all([
    consumeRateLimit(client, `sign-in-email:${input.email}`, SIGN_IN_LINKS_PER_EMAIL, now),
    consumeRateLimit(client, `sign-in-client:${input.clientAddress}`, SIGN_IN_LINKS_PER_CLIENT, now),
  ]);
  if (!perEmail.allowed || !perClient.allowed) return { ok: false, reason: "RATE_LIMITED" };
  // Someone is waiting at the screen for this email: it goes ahead of any backlog of letters and reminders
  // (jobs are claimed in runAt order).
  await enqueueJob(client, { queue: SIGN_IN_LINK_QUEUE, payload: { email: input.email, requestedAt: now.toISOString() }, maxAttempts: 3, runAt: new Date(now.getTime() - 60 * 60_000) });
  return { ok: true };
}

const jobPayloadSchema = z.object({ email: z.string(), requestedAt: z.iso.datetime() });

/** The send-sign-in-link job: a token and an email for an address that may sign in; nothing for any other. */
export async function sendSignInLink(
  client: DbClient,
  config: Pick<AppConfig, "baseUrl" | "authSecret" | "trustName">,
  payload: unknown,
  now = new Date(),
  send: (email: OutgoingEmail) => Promise<void> = sendEmail,
): Promise<"sent" | "not-sent"> {
  const parsed = jobPayloadSchema.safeParse(payload);
  if (!parsed.success) return "not-sent";
  const { email, requestedAt } = parsed.data;
  // A link asked for long ago (the queue was down) is not worth sending.
  if (now.getTime() - new Date(requestedAt).getTime() > SIGN_IN_LINK_MINUTES * 60_000) return "not-sent";
  if (!(await canSignInByEmail(email, client))) return "not-sent";
  const token = randomBytes(32).toString("hex");
  await client.verificationToken.create({
    data: { identifier: email, token: hashSignInToken(token, config.authSecret), expires: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000) },
  });
  const url = new URL(`${config.baseUrl}/api/auth/callback/email`);
  url.searchParams.set("callbackUrl", `${config.baseUrl}/patient`);
  url.searchParams.set("token", token);
  url.searchParams.set("email", email);
  await send({ to: email, ...magicLinkEmail({ url: url.toString(), trustName: config.trustName, expiresInMinutes: SIGN_IN_LINK_MINUTES }) });
  return "sent";
}

/** As next-auth's email provider stores tokens (core/lib/utils hashToken), so its callback accepts ours. */
export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The job queue's handler for SIGN_IN_LINK_QUEUE. */
export function sendSignInLinkJob(config: () => Pick<AppConfig, "baseUrl" | "authSecret" | "trustName">) {
  return async (payload: unknown, context: { db: DbClient; now: Date }): Promise<void> => {
    await sendSignInLink(context.db, config(), payload, new Date(Math.max(context.now.getTime(), Date.now())));
  };
}
