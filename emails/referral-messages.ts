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
  | "referral-advice-to-referrer"
  | "referral-discharged"
  | "referral-discharged-to-referrer"
  | "referral-follow-up"
  | "referral-treatment-list"
  | "referral-referred-elsewhere"
  | "appointment-missed"
  | "appointment-missed-rebook";

export const REFERRAL_TEMPLATES: readonly ReferralTemplate[] = [
  "referral-received",
  "referral-accepted",
  "referral-rejected",
  "referral-redirected",
  "referral-advice-and-guidance",
  "referral-returned-to-referrer",
  "referral-advice-to-referrer",
  "referral-discharged",
  "referral-discharged-to-referrer",
  "referral-follow-up",
  "referral-treatment-list",
  "referral-referred-elsewhere",
  "appointment-missed",
  "appointment-missed-rebook",
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
  /** A follow-up's due date, in words. */
  dueDate?: string;
  /** The missed appointment's date and time, in words. */
  appointmentDate?: string;
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
  dueDate: optional,
  appointmentDate: optional,
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
  "referral-discharged": "You have been discharged from the service",
  "referral-discharged-to-referrer": "Patient discharged",
  "referral-follow-up": "You need a follow-up appointment",
  "referral-treatment-list": "You have been added to the treatment list",
  "referral-referred-elsewhere": "You have been referred to another service",
  "appointment-missed": "You missed your appointment",
  "appointment-missed-rebook": "We will arrange a new appointment",
};

export function isReferralTemplate(value: string): value is ReferralTemplate {
  return (REFERRAL_TEMPLATES as readonly string[]).includes(value);
}

type Context = { baseUrl: string };

export function renderReferralMessage(template: ReferralTemplate, p: ReferralMessagePayload, ctx: Context): MessageContent {
  const subject = referralMessageSubjects[template];
  const lines = patientLines(template, p) ?? referrerLines(template, p);
  const forPatient = !template.endsWith("to-referrer");
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
    case "referral-discharged":
      return [
        greeting,
        `You have been discharged from ${p.serviceName}. We have told the person who referred you (usually your GP).`,
        ...(p.explanation ? [`The reason given: ${p.explanation}`] : []),
        "If your symptoms come back or get worse, contact your GP.",
      ];
    case "referral-follow-up":
      return [
        greeting,
        `You need a follow-up appointment with ${p.serviceName}${p.dueDate ? `, by ${p.dueDate}` : ""}. You are on the follow-up list.`,
        "We will contact you to book it, or you can book it online when it is ready to book.",
      ];
    case "referral-treatment-list":
      return [greeting, `You have been added to the list for treatment with ${p.serviceName}.`, "We will contact you to arrange it. You do not need to do anything now."];
    case "referral-referred-elsewhere":
      return [
        greeting,
        `A clinician at ${p.serviceName} has referred you to another service.`,
        ...(p.explanation ? [p.explanation] : []),
        "That service will contact you. The time you have already waited still counts.",
      ];
    case "appointment-missed":
      return [
        greeting,
        `Our records show that you did not come to your appointment with ${p.serviceName}${p.appointmentDate ? ` on ${p.appointmentDate}` : ""}.`,
        "A clinician will review what happens next and we will contact you. If you still need to be seen, call us.",
      ];
    case "appointment-missed-rebook":
      return [greeting, `You missed your appointment with ${p.serviceName}${p.appointmentDate ? ` on ${p.appointmentDate}` : ""}. We will contact you to arrange a new one.`, "If you no longer need to be seen, call us."];
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
  if (template === "referral-discharged-to-referrer") {
    return [greeting, `Your patient has been discharged from ${p.serviceName} back to your care.`, about, `Reason: ${p.explanation ?? ""}`, `To discuss it, call ${p.serviceName} on ${p.contactPhone}.`];
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
