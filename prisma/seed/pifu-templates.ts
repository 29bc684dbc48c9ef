import type { Tx } from "../../server/platform/db/client";
import type { PifuEndAction, Prisma } from "../../server/platform/db/generated/client";
import { createRandom } from "./random";
import type { ServiceCode } from "./services";

type TemplateDefinition = {
  serviceCode: ServiceCode;
  name: string;
  periodMonths: number | null;
  endAction: PifuEndAction;
  triggerSymptoms: string;
  safetyNetting: string;
  howToContact: string;
  questions: string[];
};

const ASK = "Ask for an appointment online, or call the team on the number on this letter (Monday to Friday, 9am to 5pm)";

/** Realistic PIFU templates for each demo service: one that discharges at the end and one that ends in a clinical review. */
export const PIFU_TEMPLATES: readonly TemplateDefinition[] = [
  {
    serviceCode: "MSK",
    name: "Knee or hip osteoarthritis – 6 months",
    periodMonths: 6,
    endAction: "DISCHARGE",
    triggerSymptoms: "Pain or stiffness returning and stopping you doing your usual activities for more than 2 weeks, or your exercises no longer helping.",
    safetyNetting: "Call 111 if the joint becomes hot, red and swollen. Call 999 if you cannot put any weight on your leg after a fall.",
    howToContact: ASK,
    questions: ["Which joint is troubling you?", "What can you no longer do because of it?", "How long has it been like this?"],
  },
  {
    serviceCode: "MSK",
    name: "Persistent low back pain – 12 months",
    periodMonths: 12,
    endAction: "CLINICAL_REVIEW",
    triggerSymptoms: "Back pain flaring up for more than 2 weeks despite your exercise plan, or pain spreading into your leg.",
    safetyNetting:
      "Call 999 or go to A&E straight away if you have numbness around your bottom or genitals, cannot control your bladder or bowels, or have weakness in both legs.",
    howToContact: ASK,
    questions: ["Where is the pain now?", "Does the pain go into your leg?", "How long has it been worse?"],
  },
  {
    serviceCode: "POD",
    name: "Ingrown toenail surgery aftercare – 3 months",
    periodMonths: 3,
    endAction: "DISCHARGE",
    triggerSymptoms: "New pain, redness, swelling or discharge around the toe, or the nail starting to grow back into the skin.",
    safetyNetting: "Call 111 if you have a high temperature or red streaks spreading up your foot. Call 999 if you feel very unwell.",
    howToContact: ASK,
    questions: ["Which toe is it?", "Is there redness, swelling or discharge?"],
  },
  {
    serviceCode: "POD",
    name: "Diabetic foot protection – 12 months",
    periodMonths: 12,
    endAction: "CLINICAL_REVIEW",
    triggerSymptoms: "A wound, blister or cut on the foot that does not start to heal within a week, a change in the shape or colour of the foot, or new numbness.",
    safetyNetting: "Call 111 the same day if the foot is hot, red or swollen, or a wound smells or leaks. Call 999 if you feel very unwell with it.",
    howToContact: ASK,
    questions: ["Where on your foot is the problem?", "When did you first notice it?", "Is your blood sugar higher than usual?"],
  },
  {
    serviceCode: "PAED",
    name: "ADHD medication review – 12 months",
    periodMonths: 12,
    endAction: "CLINICAL_REVIEW",
    triggerSymptoms: "New concerns from home or school about attention, behaviour or sleep, side effects of medication, or a change in how the medication is working.",
    safetyNetting: "Call 111 if your child has chest pain, fainting or a racing heart. Call 999 in an emergency.",
    howToContact: ASK,
    questions: ["What has changed at home or school?", "Is your child still taking their medication as prescribed?"],
  },
  {
    serviceCode: "PAED",
    name: "Developmental concerns – 24 months",
    periodMonths: 24,
    endAction: "DISCHARGE",
    triggerSymptoms: "New concerns about your child's speech, movement, learning or growth, or skills they had before being lost.",
    safetyNetting: "Call 111 if you are worried about your child's health today. Call 999 if your child has a seizure for the first time or is hard to wake.",
    howToContact: ASK,
    questions: ["What are you worried about?", "Has a nursery, school or health visitor raised it too?"],
  },
  {
    serviceCode: "AUD",
    name: "Hearing aid users – open-ended",
    periodMonths: null,
    endAction: "CLINICAL_REVIEW",
    triggerSymptoms: "Your hearing aids stop helping, you notice a change in your hearing, or you have problems with the aids you cannot fix using the guide.",
    safetyNetting: "Call 111 the same day if you lose hearing suddenly in one or both ears, or have sudden dizziness with it.",
    howToContact: "Ask online, call the team, or come to a drop-in repair clinic",
    questions: ["Which ear or aid is the problem?", "What has changed?"],
  },
  {
    serviceCode: "AUD",
    name: "Tinnitus support – 6 months",
    periodMonths: 6,
    endAction: "DISCHARGE",
    triggerSymptoms: "Tinnitus getting louder or harder to live with, or affecting your sleep or mood most days.",
    safetyNetting: "Call 111 if the sound beats in time with your pulse or comes with sudden hearing loss. Call 999 or 116 123 (Samaritans) if you feel unable to cope.",
    howToContact: ASK,
    questions: ["How is the tinnitus affecting you now?", "Have you noticed any change in your hearing?"],
  },
];

export type SeededPifuTemplate = Prisma.PifuTemplateCreateManyInput & { id: string; serviceCode: ServiceCode };

export async function seedPifuTemplates(tx: Tx, serviceId: Record<ServiceCode, string>): Promise<SeededPifuTemplate[]> {
  const random = createRandom("ids:pifu-templates");
  const rows = PIFU_TEMPLATES.map(({ serviceCode, ...t }) => ({ id: random.uuid(), serviceId: serviceId[serviceCode], serviceCode, ...t }));
  await tx.pifuTemplate.createMany({ data: rows.map(({ serviceCode: _service, ...row }) => row) });
  return rows;
}

/** A seeded pathway takes its service's template with the same end action, and that template's words. */
export function withTemplate(pathway: Prisma.PifuPathwayCreateManyInput, templates: readonly SeededPifuTemplate[]): Prisma.PifuPathwayCreateManyInput {
  const ofService = templates.filter((t) => t.serviceId === pathway.serviceId);
  const template = ofService.find((t) => t.endAction === pathway.endAction) ?? ofService[0];
  if (!template) return pathway;
  return {
    ...pathway,
    templateId: template.id,
    triggerSymptoms: template.triggerSymptoms,
    safetyNetting: template.safetyNetting,
    howToContact: template.howToContact,
    questions: template.questions,
    lastContactAt: pathway.startsAt,
  };
}
