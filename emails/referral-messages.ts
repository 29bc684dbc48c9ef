import { z } from "zod";
import { paragraph, type MessageContent } from "./content";
import { definePayloadTemplate, type PayloadTemplate } from "./define-template";

/**
 * Messages about a referral, to the patient and (when it is returned or answered
 * with advice) to the referrer. Each renders from its outbox payload alone, so a
 * message reads the same whenever the worker sends it.
 */
export type ReferralTemplate =
  | "referral-received"
  | "referral-accepted"
  | "referral-rejected"
  | "referral-redirected"
  | "referral-advice-and-guidance"
  | "referral-returned-to-referrer"
  | "referral-advice-to-referrer";

export const REFERRAL_TEMPLATES: readonly ReferralTemplate[] = [
  "referral-received",
  "referral-accepted",
  "referral-rejected",
  "referral-redirected",
  "referral-advice-and-guidance",
  "referral-returned-to-referrer",
  "referral-advice-to-referrer",
];

export type ReferralMessagePayload = {
  patientName: string;
  serviceName: string;
  contactPhone: string;
  /** Path of the patient's referral tracker, e.g. /patient/referrals/… */
  trackerPath: string;
  bookingReference?: string;
  /** The service it was passed to, for a redirect. */
  newServiceName?: string;
  /** Why it was returned, or the advice given: for the referrer (and the patient, in plain words). */
  explanation?: string;
  referrerName?: string;
  nhsNumber?: string;
  receivedDate?: string;
};

const optional = z.string().optional();
/** The payload as stored on the outbox row, checked before rendering. */
export const referralMessagePayloadSchema = z.object({
  patientName: z.string(),
  serviceName: z.string(),
  contactPhone: z.string(),
  trackerPath: z.string().startsWith("/"),
  bookingReference: optional,
  newServiceName: optional,
  explanation: optional,
  referrerName: optional,
  nhsNumber: optional,
  receivedDate: optional,
});

/**
 * For the outbox sender's template registry: renders a referral message from the
 * stored row's template and payload (JSON), or throws when the payload is not one.
 */
export function renderStoredReferralMessage(template: string, payload: unknown, ctx: { baseUrl: string }): MessageContent {
  if (!isReferralTemplate(template)) throw new Error(`${template} is not a referral template`);
  return renderReferralMessage(template, referralMessagePayloadSchema.parse(payload), ctx);
}

export const referralMessageSubjects: Record<ReferralTemplate, string> = {
  "referral-received": "We have received your referral",
  "referral-accepted": "Your referral has been accepted",
  "referral-rejected": "Your referral has been returned to the person who referred you",
  "referral-redirected": "Your referral has been passed to another service",
  "referral-advice-and-guidance": "Advice has been sent to the person who referred you",
  "referral-returned-to-referrer": "Referral returned",
  "referral-advice-to-referrer": "Advice and guidance about your referral",
};

export function isReferralTemplate(value: string): value is ReferralTemplate {
  return (REFERRAL_TEMPLATES as readonly string[]).includes(value);
}

type Context = { baseUrl: string };

export function renderReferralMessage(template: ReferralTemplate, p: ReferralMessagePayload, ctx: Context): MessageContent {
  const subject = referralMessageSubjects[template];
  const lines = patientLines(template, p) ?? referrerLines(template, p);
  const forPatient = template !== "referral-returned-to-referrer" && template !== "referral-advice-to-referrer";
  return {
    subject,
    title: subject,
    bookingReference: p.bookingReference,
    contact: forPatient ? `If you have questions, call ${p.serviceName} on ${p.contactPhone}.` : undefined,
    blocks: [
      ...lines.map(paragraph),
      ...(forPatient ? [{ kind: "action" as const, label: "Follow your referral", url: `${ctx.baseUrl}${p.trackerPath}`, primary: true }] : []),
    ],
  };
}

function patientLines(template: ReferralTemplate, p: ReferralMessagePayload): string[] | undefined {
  const greeting = `Dear ${p.patientName},`;
  switch (template) {
    case "referral-received":
      return [greeting, `We have received your referral to ${p.serviceName}. A clinician will review it, usually within 2 weeks.`, "You do not need to do anything now. We will contact you when it has been reviewed."];
    case "referral-accepted":
      return [
        greeting,
        `Your referral to ${p.serviceName} has been accepted and you are now on the waiting list.`,
        p.bookingReference ? `Your booking reference is ${p.bookingReference}. We will contact you when you can book an appointment.` : "We will contact you when you can book an appointment.",
      ];
    case "referral-rejected":
      return [
        greeting,
        `A clinician has reviewed your referral to ${p.serviceName} and has returned it to the person who referred you, with the reason.`,
        p.explanation ? `The reason given: ${p.explanation}` : "They will talk to you about what happens next.",
        "Contact the person who referred you (usually your GP) about what to do next.",
      ];
    case "referral-redirected":
      return [greeting, `A clinician has reviewed your referral and passed it to ${p.newServiceName ?? "another service"}, which is better placed to help you.`, "The time you have already waited still counts. The new service will review your referral next."];
    case "referral-advice-and-guidance":
      return [greeting, `A clinician has reviewed your referral to ${p.serviceName} and sent advice to the person who referred you, instead of an appointment.`, "Contact the person who referred you (usually your GP) to talk about the advice."];
    default:
      return undefined;
  }
}

function referrerLines(template: ReferralTemplate, p: ReferralMessagePayload): string[] {
  const about = `Patient: ${p.patientName}, NHS number ${p.nhsNumber ?? "not given"}, referral received ${p.receivedDate ?? ""}.`;
  const greeting = `Dear ${p.referrerName ?? "colleague"},`;
  if (template === "referral-returned-to-referrer") {
    return [greeting, `Your referral to ${p.serviceName} has been reviewed and returned.`, about, `Reason: ${p.explanation ?? ""}`, `To discuss it, call ${p.serviceName} on ${p.contactPhone}.`];
  }
  return [greeting, `Your referral to ${p.serviceName} has been reviewed and answered with advice and guidance instead of an appointment.`, about, `Advice: ${p.explanation ?? ""}`, `To discuss it, call ${p.serviceName} on ${p.contactPhone}.`];
}

const sample: ReferralMessagePayload = {
  patientName: "Alexandra Wolfeschlegelsteinhausenbergerdorff-Ó Súilleabháin",
  serviceName: "MSK physiotherapy",
  contactPhone: "0121 000 0000",
  trackerPath: "/patient/referrals/019a0000-0000-7000-8000-000000000001",
  bookingReference: "K7MX4PQA",
  newServiceName: "Podiatry",
  explanation: "Try insoles for 6 weeks <and> see if the pain settles & eases.",
  referrerName: "Dr A Khan",
  nhsNumber: "9990000018",
  receivedDate: "5 January 2026",
};

/** The referral messages in the template registry (they render from their payload alone). */
export const referralPayloadTemplates: PayloadTemplate[] = REFERRAL_TEMPLATES.map((name) =>
  definePayloadTemplate({ name, payload: referralMessagePayloadSchema, sample, render: (p, ctx) => renderReferralMessage(name, p, ctx) }),
);
