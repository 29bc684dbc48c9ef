import type { CommunicationNeed } from "@/server/platform/db/generated/enums";
import { communicationFlags } from "@/server/patients/communication-needs";
import { Tag } from "./tag";

export type CommunicationNeedsTagsProps = {
  patient: { communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null; accessNotes?: string | null };
  /** Shown when there are no needs (for example "None recorded"); nothing by default. */
  none?: string;
};

/**
 * A patient's communication needs and reasonable adjustments as tags, so staff
 * see them wherever they book, call or write (DAPB1605: flag the need). An
 * interpreter tag names the language; free-text notes, when given, follow.
 */
export function CommunicationNeedsTags({ patient, none }: CommunicationNeedsTagsProps) {
  const flags = communicationFlags(patient);
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
