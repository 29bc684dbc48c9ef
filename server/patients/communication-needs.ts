import type { CommunicationNeed } from "../platform/db/generated/enums";

/** Plain-English names of Accessible Information Standard needs and reasonable adjustments. */
export const communicationNeedLabel: Record<CommunicationNeed, string> = {
  LARGE_PRINT: "Large print",
  BRAILLE: "Braille",
  EASY_READ: "Easy read",
  AUDIO: "Audio",
  BRITISH_SIGN_LANGUAGE: "British Sign Language",
  INTERPRETER: "Interpreter",
  WHEELCHAIR_ACCESS: "Wheelchair access",
  LONGER_APPOINTMENT: "Longer appointment",
  HEARING_LOOP: "Hearing loop",
  OTHER: "Other need",
};

export type CommunicationFlag = { need: CommunicationNeed; text: string };

/**
 * The flags staff must see before booking or calling a patient (DAPB1605: flag
 * the need). An interpreter flag names the language, so "Interpreter: Polish".
 */
export function communicationFlags(patient: { communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null }): CommunicationFlag[] {
  return patient.communicationNeeds.map((need) => {
    const language = patient.interpreterLanguage;
    if (need === "INTERPRETER" && language) return { need, text: `Interpreter: ${language}` };
    return { need, text: communicationNeedLabel[need] };
  });
}
