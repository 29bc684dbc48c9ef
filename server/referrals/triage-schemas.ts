import { z } from "zod";
import { referralPrioritySchema, surgicalPrioritySchema } from "./schemas";
import { multilineText } from "../platform/forms/text";

/** The four triage outcomes (DOMAIN.md): accept with a priority, reject with a reason, redirect, or advice and guidance. */
export const TRIAGE_OUTCOMES = ["ACCEPT", "REJECT", "REDIRECT", "ADVICE_AND_GUIDANCE"] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

const explanation = (what: string) =>
  multilineText({ message: `Enter ${what}` }).trim().min(1, { message: `Enter ${what}` }).max(2000, { message: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be 2,000 characters or fewer` });
const optionalNote = multilineText().trim().max(2000).optional().transform((v) => v || undefined);
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const triageDecisionSchema = z.discriminatedUnion(
  "outcome",
  [
    z.object({
      outcome: z.literal("ACCEPT"),
      /** For services that use e-RS priorities (routine, urgent, two-week wait). */
      priority: z.preprocess(blankToUndefined, referralPrioritySchema.optional()),
      /** For services that use surgical priorities (P1a–P4). */
      clinicalPriority: z.preprocess(blankToUndefined, surgicalPrioritySchema.optional()),
      appointmentTypeId: z.preprocess(blankToUndefined, z.uuid({ message: "Choose an appointment type" }).optional()),
      note: optionalNote,
    }),
    z.object({ outcome: z.literal("REJECT"), reason: explanation("the reason for returning the referral") }),
    z.object({
      outcome: z.literal("REDIRECT"),
      serviceId: z.uuid({ message: "Choose the service to redirect the referral to" }),
      note: explanation("why the referral is being redirected"),
    }),
    z.object({ outcome: z.literal("ADVICE_AND_GUIDANCE"), advice: explanation("the advice for the referrer") }),
  ],
  { error: () => "Choose a triage outcome" },
);

export const triageReferralSchema = z.intersection(z.object({ referralId: z.uuid({ message: "Choose a referral" }) }), triageDecisionSchema);
export type TriageReferralInput = z.input<typeof triageReferralSchema>;
export type TriageReferralData = z.output<typeof triageReferralSchema>;
