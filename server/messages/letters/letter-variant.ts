import type { CommunicationNeed, LetterVariant } from "../../platform/db/generated/enums";

/** Variants we print ourselves; the rest go to an accessible-format supplier. */
export const PRINTABLE_VARIANTS: readonly LetterVariant[] = ["STANDARD", "LARGE_PRINT"];

export const letterVariantLabels: Record<LetterVariant, string> = {
  STANDARD: "Standard",
  LARGE_PRINT: "Large print",
  BRAILLE: "Braille",
  EASY_READ: "Easy read",
  OTHER_LANGUAGE: "Another language",
  BSL: "British Sign Language",
};

/**
 * The letter a patient's recorded communication needs call for (Accessible
 * Information Standard). The most specific need wins: braille over another
 * language over BSL over easy read over large print.
 */
export function letterVariantFor(patient: { communicationNeeds: readonly CommunicationNeed[]; interpreterLanguage?: string | null }): LetterVariant {
  const needs = new Set(patient.communicationNeeds);
  if (needs.has("BRAILLE")) return "BRAILLE";
  if (needs.has("INTERPRETER") && patient.interpreterLanguage && !/^(english|bsl|british sign language)$/i.test(patient.interpreterLanguage.trim())) return "OTHER_LANGUAGE";
  if (needs.has("BRITISH_SIGN_LANGUAGE")) return "BSL";
  if (needs.has("EASY_READ")) return "EASY_READ";
  if (needs.has("LARGE_PRINT")) return "LARGE_PRINT";
  return "STANDARD";
}
