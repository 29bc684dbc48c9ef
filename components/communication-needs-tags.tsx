import type { CommunicationNeed } from "@/server/db/generated/enums";
import { Tag } from "./tag";

const labels: Record<CommunicationNeed, string> = {
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

export type CommunicationNeedsTagsProps = {
  patient: { communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null; accessNotes?: string | null };
  /** Shown when there are no needs (for example "None recorded"); nothing by default. */
  none?: string;
};

/**
 * A patient's communication needs and reasonable adjustments as tags, so staff
 * see them wherever they book, call or write (DAPB1605: flag the need). An
 * interpreter tag names the language; free-text notes follow the tags.
 */
export function CommunicationNeedsTags({ patient, none }: CommunicationNeedsTagsProps) {
  const flags = patient.communicationNeeds.map((need) => ({
    need,
    text: need === "INTERPRETER" && patient.interpreterLanguage ? `Interpreter: ${patient.interpreterLanguage}` : labels[need],
  }));
  if (flags.length === 0 && !patient.accessNotes) return none ? <>{none}</> : null;
  return (
    <>
      {flags.length > 0 && (
        <ul className="nhsuk-list nhsuk-u-margin-bottom-1" aria-label="Communication needs">
          {flags.map((flag) => (
            <li key={flag.need} className="nhsuk-u-margin-bottom-1">
              <Tag colour="purple">{flag.text}</Tag>
            </li>
          ))}
        </ul>
      )}
      {patient.accessNotes && <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{patient.accessNotes}</p>}
    </>
  );
}
