import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../config/env";

let transporter: Transporter | undefined;

/** The SMTP transport: the local mail catcher in development and tests, a real server when SMTP_URL says so. */
export function mailTransport(): Transporter {
  transporter ??= nodemailer.createTransport(env().smtpUrl);
  return transporter;
}

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
  /** The RFC 5322 Message-ID, e.g. <outbox-id@host>: the same message sent again carries the same id. */
  messageId?: string;
};

export async function sendEmail(message: OutgoingEmail): Promise<void> {
  await mailTransport().sendMail({ from: env().mailFrom, ...message });
}
