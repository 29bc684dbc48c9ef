import { Tag } from "@/components/tag";
import { communicationFlags } from "@/server/patients/communication-needs";
import type { CommunicationNeed } from "@/server/db/generated/enums";

type Props = { patient: { communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null }; none?: string };

/** A patient's communication needs as tags, so nobody books or calls without seeing them. */
export function CommunicationFlags({ patient, none }: Props) {
  const flags = communicationFlags(patient);
  if (flags.length === 0) return none ? <>{none}</> : null;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0" aria-label="Communication needs">
      {flags.map((flag) => (
        <li key={flag.need} className="nhsuk-u-margin-bottom-1">
          <Tag colour="purple">{flag.text}</Tag>
        </li>
      ))}
    </ul>
  );
}
