import { z } from "zod";
import { paragraph, type MessageContent } from "./content";
import { definePayloadTemplate, type PayloadTemplate } from "./define-template";

/**
 * Messages about patient-initiated follow-up (PIFU), to the patient and (a copy)
 * to their GP. Each renders from its outbox payload alone, so it reads the same
 * whenever the sender sends it, by email, text or letter.
 */
export const PIFU_TEMPLATES = [
  "pifu-started",
  "pifu-gp-copy",
  "pifu-request-received",
  "pifu-request-booking",
  "pifu-request-advice",
  "pifu-request-redirected",
  "pifu-ending-soon",
  "pifu-discharged",
  "pifu-discharged-gp",
  "pifu-review-due",
] as const;
export type PifuTemplateName = (typeof PIFU_TEMPLATES)[number];

const optional = z.string().optional();
export const pifuMessagePayloadSchema = z.object({
  patientName: z.string(),
  serviceName: z.string(),
  contactPhone: z.string(),
  /** The patient's PIFU page, e.g. /patient/pifu/… */
  pathwayPath: z.string().startsWith("/"),
  /** "Tuesday 9 March 2027", or absent for an open-ended pathway. */
  lastDay: optional,
  triggerSymptoms: optional,
  safetyNetting: optional,
  howToContact: optional,
  personalNotes: optional,
  /** The clinician's advice, or why the GP or 111 is the right place. */
  note: optional,
  urgent: z.boolean().optional(),
  responseWorkingDays: z.number().optional(),
  referrerName: optional,
  nhsNumber: optional,
  clinicianName: optional,
});
export type PifuMessagePayload = z.input<typeof pifuMessagePayloadSchema>;

export const pifuMessageSubjects: Record<PifuTemplateName, string> = {
  "pifu-started": "How to get in touch if your symptoms change",
  "pifu-gp-copy": "Copy letter: patient-initiated follow-up",
  "pifu-request-received": "We have your request for an appointment",
  "pifu-request-booking": "We will book an appointment for you",
  "pifu-request-advice": "Advice about your symptoms",
  "pifu-request-redirected": "Who to contact about your symptoms",
  "pifu-ending-soon": "Your follow-up period ends soon",
  "pifu-discharged": "Your care has gone back to your GP",
  "pifu-discharged-gp": "Discharge at the end of patient-initiated follow-up",
  "pifu-review-due": "A clinician will review your care",
};

export function isPifuTemplate(value: string): value is PifuTemplateName {
  return (PIFU_TEMPLATES as readonly string[]).includes(value);
}

const FOR_GP: readonly PifuTemplateName[] = ["pifu-gp-copy", "pifu-discharged-gp"];

/** For the outbox sender's registry: renders from the stored row's template and payload, or throws. */
export function renderStoredPifuMessage(template: string, payload: unknown, ctx: { baseUrl: string }): MessageContent {
  if (!isPifuTemplate(template)) throw new Error(`${template} is not a PIFU template`);
  return renderPifuMessage(template, pifuMessagePayloadSchema.parse(payload), ctx);
}

export function renderPifuMessage(template: PifuTemplateName, p: PifuMessagePayload, ctx: { baseUrl: string }): MessageContent {
  const subject = pifuMessageSubjects[template];
  const forPatient = !FOR_GP.includes(template);
  const lines = forPatient ? patientLines(template, p) : gpLines(template, p);
  const emergency = "If you feel very unwell or your symptoms get suddenly worse, call 111, or 999 in an emergency.";
  return {
    subject,
    title: subject,
    contact: forPatient ? `If you have questions, call ${p.serviceName} on ${p.contactPhone}.` : undefined,
    blocks: [
      ...lines.map(paragraph),
      ...(forPatient
        ? [{ kind: "action" as const, label: "See your follow-up and ask for an appointment", url: `${ctx.baseUrl}${p.pathwayPath}`, primary: true }, { kind: "heading" as const, text: emergency }]
        : []),
    ],
  };
}

function patientLines(template: PifuTemplateName, p: PifuMessagePayload): string[] {
  const greeting = `Dear ${p.patientName},`;
  const until = p.lastDay ? `until ${p.lastDay}` : "with no end date";
  switch (template) {
    case "pifu-started":
      return [
        greeting,
        `You do not have a routine follow-up appointment with ${p.serviceName}. Instead, you can ask us for an appointment yourself, ${until}, if your symptoms change. This is called patient-initiated follow-up.`,
        `Get in touch if: ${p.triggerSymptoms ?? ""}`,
        ...(p.personalNotes ? [`Your clinician adds: ${p.personalNotes}`] : []),
        `How to ask: ${p.howToContact ?? `call ${p.contactPhone}`}. You can also ask online. We will respond within ${p.responseWorkingDays ?? 3} working days.`,
        `Call 111 or 999 instead if: ${p.safetyNetting ?? "you feel very unwell"}`,
        "If your question is about something else, contact your GP or call 111.",
      ];
    case "pifu-request-received":
      return [greeting, `We have your request for an appointment with ${p.serviceName}. A clinician will look at it and we will tell you what happens next within ${p.responseWorkingDays ?? 3} working days.`];
    case "pifu-request-booking":
      return [
        greeting,
        `A clinician has looked at your request and would like to see you${p.urgent ? " soon" : ""}. We will book an appointment and tell you when it is. You can also see it online once it is booked.`,
        ...(p.note ? [`The clinician adds: ${p.note}`] : []),
      ];
    case "pifu-request-advice":
      return [greeting, "A clinician has looked at your request and has this advice for you:", p.note ?? "", `Your patient-initiated follow-up carries on ${until}.`];
    case "pifu-request-redirected":
      return [
        greeting,
        `A clinician has looked at your request. It is not about the condition ${p.serviceName} is following up, so the right place to ask is your GP, or 111 if you need help now.`,
        ...(p.note ? [`The clinician adds: ${p.note}`] : []),
      ];
    case "pifu-ending-soon":
      return [greeting, `Your patient-initiated follow-up with ${p.serviceName} ends after ${p.lastDay ?? ""}. Until then you can still ask for an appointment if your symptoms change: ${p.triggerSymptoms ?? ""}`];
    case "pifu-discharged":
      return [
        greeting,
        `Your patient-initiated follow-up with ${p.serviceName} has ended, so your care has gone back to your GP. We have written to them.`,
        "If the symptoms come back, contact your GP, who can refer you again.",
      ];
    case "pifu-review-due":
      return [greeting, `Your patient-initiated follow-up with ${p.serviceName} has reached its review point. A clinician will look at your care and we will contact you about what happens next.`];
    default:
      return [greeting];
  }
}

function gpLines(template: PifuTemplateName, p: PifuMessagePayload): string[] {
  const about = `Patient: ${p.patientName}, NHS number ${p.nhsNumber ?? "not given"}.`;
  const greeting = `Dear ${p.referrerName ?? "colleague"},`;
  if (template === "pifu-gp-copy") {
    return [
      greeting,
      about,
      `After their appointment, ${p.clinicianName ?? "the clinician"} has put this patient on patient-initiated follow-up with ${p.serviceName} instead of a fixed follow-up, ${p.lastDay ? `until ${p.lastDay}` : "open-ended"}. The patient can contact us directly if their symptoms change.`,
      `Symptoms to get in touch about: ${p.triggerSymptoms ?? ""}`,
      ...(p.personalNotes ? [`Notes: ${p.personalNotes}`] : []),
      `If the patient comes to you with these symptoms during the period, they can contact us directly on ${p.contactPhone}; you do not need to refer them again.`,
    ];
  }
  return [greeting, about, `Their patient-initiated follow-up with ${p.serviceName} has ended without a request for an appointment, so we have discharged them back to your care. A new referral is needed if the symptoms return.`];
}

const sample: PifuMessagePayload = {
  patientName: "Alexandra Wolfeschlegelsteinhausenbergerdorff-Ó Súilleabháin",
  serviceName: "MSK physiotherapy",
  contactPhone: "0121 000 0000",
  pathwayPath: "/patient/pifu/019a0000-0000-7000-8000-000000000003",
  lastDay: "Tuesday 9 March 2027",
  triggerSymptoms: "Swelling, redness or heat in the knee; pain that stops you sleeping <for more than 3 nights> & gets worse.",
  safetyNetting: "you cannot put any weight on the leg, or you have a fever with a hot, swollen joint.",
  howToContact: "call the MSK team on 0121 000 0000, Monday to Friday 9am to 5pm",
  personalNotes: "Keep doing the exercises twice a day.",
  note: "Rest, ice and the exercises in the leaflet.",
  responseWorkingDays: 3,
  referrerName: "Dr A Khan",
  nhsNumber: "9990000018",
  clinicianName: "Dr Zoë Łukasiewicz",
};

/** The PIFU messages in the template registry (they render from their payload alone). */
export const pifuPayloadTemplates: PayloadTemplate[] = PIFU_TEMPLATES.map((name) =>
  definePayloadTemplate({ name, payload: pifuMessagePayloadSchema, sample, render: (p, ctx) => renderPifuMessage(name, p, ctx) }),
);
