import { z } from "zod";
import { MAX_PIFU_MONTHS } from "./period";

/**
 * A PIFU template as administrators edit it. Client-safe (no server imports): the
 * form, the action and the tests share it. The period is chosen as one of the
 * usual lengths, a custom number of months, or open-ended.
 */
const text = (max: number, missing: string) => z.string({ message: missing }).trim().min(1, { message: missing }).max(max, { message: `Use ${max} characters or fewer` });

export const PERIOD_CHOICES = ["3", "6", "12", "24", "CUSTOM", "OPEN_ENDED"] as const;

export const periodSchema = z
  .object({
    period: z.enum(PERIOD_CHOICES, { message: "Select how long the follow-up period lasts" }),
    customMonths: z.string().trim().optional(),
  })
  .transform((v, ctx): number | null => {
    if (v.period === "OPEN_ENDED") return null;
    if (v.period !== "CUSTOM") return Number(v.period);
    const months = Number(v.customMonths);
    if (!v.customMonths || !Number.isInteger(months) || months < 1 || months > MAX_PIFU_MONTHS) {
      ctx.addIssue({ code: "custom", path: ["customMonths"], message: `Enter a whole number of months from 1 to ${MAX_PIFU_MONTHS}` });
      return z.NEVER;
    }
    return months;
  });

export const pifuTemplateSchema = z
  .object({
    serviceId: z.uuid({ message: "Select a service" }),
    name: text(120, "Enter a name, for example Rheumatoid arthritis flare – 12 months"),
    triggerSymptoms: text(2000, "Enter the symptoms that should prompt the patient to get in touch"),
    safetyNetting: text(2000, "Enter when the patient should call 111 or 999 instead"),
    howToContact: text(1000, "Enter how the patient gets in touch"),
    endAction: z.enum(["DISCHARGE", "CLINICAL_REVIEW"], { message: "Select what happens at the end of the period" }),
    responseWorkingDays: z.coerce
      .number({ message: "Enter the response time in working days" })
      .int({ message: "Enter a whole number of working days" })
      .min(1, { message: "The response time must be at least 1 working day" })
      .max(10, { message: "The response time must be 10 working days or fewer" }),
    questions: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(/\r?\n/).map((q) => q.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(300, { message: "Keep each question to 300 characters" })).max(10, { message: "Ask at most 10 questions" })),
    active: z.preprocess((v) => v === "yes" || v === true, z.boolean()),
  })
  .and(periodSchema.transform((periodMonths) => ({ periodMonths })));

export type PifuTemplateInput = z.input<typeof pifuTemplateSchema>;
export type PifuTemplateData = z.output<typeof pifuTemplateSchema>;

/** "12 months", "Open-ended". */
export function describePeriod(months: number | null): string {
  if (months === null) return "Open-ended";
  return months === 1 ? "1 month" : `${months} months`;
}

export const endActionLabel = { DISCHARGE: "Discharge to the GP", CLINICAL_REVIEW: "Clinical review" } as const;
