import { z } from "zod";

/**
 * A request for an appointment on PIFU, made online by the patient or logged by
 * staff from a phone call. Client-safe: the forms, actions and tests share it.
 * `answer-0`, `answer-1`, … answer the pathway's questions in order.
 */
export const PREFERRED_MODES = { IN_PERSON: "In person", TELEPHONE: "By phone", VIDEO: "By video call" } as const;

export const pifuRequestSchema = z.object({
  aboutCondition: z.enum(["yes", "no"], { message: "Select whether your request is about the symptoms we gave you" }),
  details: z
    .string({ message: "Tell us what has changed" })
    .trim()
    .min(1, { message: "Tell us what has changed" })
    .max(3000, { message: "Use 3,000 characters or fewer" }),
  preferredMode: z.enum(["IN_PERSON", "TELEPHONE", "VIDEO"], { message: "Select how you would like to be seen" }),
  answers: z.array(z.string().trim().max(1000, { message: "Keep each answer to 1,000 characters" })).default([]),
});
export type PifuRequestInput = z.input<typeof pifuRequestSchema>;

/** The form's fields: answer-N boxes become the answers array. */
export function requestInputFromFields(fields: Record<string, string>, questionCount: number): PifuRequestInput {
  return {
    aboutCondition: fields.aboutCondition as "yes" | "no",
    details: fields.details ?? "",
    preferredMode: fields.preferredMode as "IN_PERSON",
    answers: Array.from({ length: questionCount }, (_, i) => fields[`answer-${i}`] ?? ""),
  };
}

export const DECISIONS = {
  BOOK_URGENT: "Book an urgent appointment",
  BOOK_ROUTINE: "Book a routine appointment",
  ADVICE: "Send advice instead of an appointment",
  REDIRECT: "Not about this condition: steer to the GP or 111",
} as const;
export type PifuDecision = keyof typeof DECISIONS;

export const decideRequestSchema = z
  .object({
    requestId: z.uuid(),
    decision: z.enum(Object.keys(DECISIONS) as [PifuDecision, ...PifuDecision[]], { message: "Select a decision" }),
    note: z.string().trim().max(3000, { message: "Use 3,000 characters or fewer" }).optional().transform((v) => v || undefined),
  })
  .refine((v) => !(v.decision === "ADVICE" || v.decision === "REDIRECT") || v.note, {
    path: ["note"],
    message: "Enter what the patient should be told",
  });
export type DecideRequestInput = z.input<typeof decideRequestSchema>;

export const requestStatusLabel = {
  OPEN: "Waiting for a clinician",
  BOOKING: "Appointment to be booked",
  ADVICE_GIVEN: "Advice sent",
  REDIRECTED: "Steered to GP or 111",
} as const;
