import { z } from "zod";
import { MAX_PIFU_MONTHS } from "./period";
import { PERIOD_CHOICES } from "./template-schema";

/**
 * What a clinician chooses when putting a patient on PIFU, at an outcome or from
 * the patient's record. Client-safe: shared by the forms, the actions and tests.
 */
export const PIFU_RTT_CHOICES = {
  "32": "Active monitoring, clinician's decision: the clock stops (32)",
  "30": "First definitive treatment given: the clock stops (30)",
  "91": "Already on active monitoring: outside RTT (91)",
  "90": "Already treated: outside RTT (90)",
  KEEP: "No RTT change: the clock has already stopped or does not apply",
} as const;
export type PifuRttChoice = keyof typeof PIFU_RTT_CHOICES;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use ${max} characters or fewer` })
    .optional()
    .transform((v) => v || undefined);

/** The fields of an activation, spread into the outcome form's PIFU variant too. */
export const pifuActivationShape = {
  templateId: z.uuid({ message: "Choose a PIFU template" }),
  period: z.enum(["TEMPLATE", ...PERIOD_CHOICES], { message: "Select how long the follow-up period lasts" }),
  customMonths: z.string().trim().optional(),
  personalNotes: optionalText(2000),
  rttStatus: z.enum(Object.keys(PIFU_RTT_CHOICES) as [PifuRttChoice, ...PifuRttChoice[]], { message: "Confirm the RTT status" }),
};

type PeriodFields = { period: string; customMonths?: string | undefined };

/** For `.superRefine`: a custom period needs a whole number of months. */
export function checkCustomMonths(v: PeriodFields, ctx: z.RefinementCtx): void {
  if (v.period !== "CUSTOM") return;
  const months = Number(v.customMonths);
  if (!v.customMonths || !Number.isInteger(months) || months < 1 || months > MAX_PIFU_MONTHS) {
    ctx.addIssue({ code: "custom", path: ["customMonths"], message: `Enter a whole number of months from 1 to ${MAX_PIFU_MONTHS}` });
  }
}

/** The period in months (null: open-ended), "TEMPLATE" meaning the template's own. */
export function periodMonthsOf(v: PeriodFields, templateMonths: number | null): number | null {
  if (v.period === "TEMPLATE") return templateMonths;
  if (v.period === "OPEN_ENDED") return null;
  if (v.period === "CUSTOM") return Number(v.customMonths);
  return Number(v.period);
}

export const activatePifuSchema = z
  .object({
    referralId: z.uuid({ message: "Choose a referral" }),
    fromAppointmentId: z.uuid().optional(),
    ...pifuActivationShape,
  })
  .superRefine(checkCustomMonths);
export type ActivatePifuInput = z.input<typeof activatePifuSchema>;
export type ActivatePifuData = z.output<typeof activatePifuSchema>;

/** The status a clinician most likely confirms, from the clock's state and last code. */
export function suggestedRttChoice(clock: { rttClockStartAt: Date | null; rttClockStopAt: Date | null; rttStatusCode: string | null }): PifuRttChoice {
  const running = clock.rttClockStartAt !== null && clock.rttClockStopAt === null && clock.rttStatusCode !== "33";
  if (running) return "32";
  if (clock.rttStatusCode === "31" || clock.rttStatusCode === "32") return "91";
  if (clock.rttStatusCode === "30") return "90";
  return "KEEP";
}
