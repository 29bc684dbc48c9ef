import { CommunicationNeedsTags } from "@/components/communication-needs-tags";
import type { CommunicationNeed } from "@/server/platform/db/generated/enums";

type Props = { patient: { communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null }; none?: string };

/** The shared communication-needs tags; access notes are shown separately on these pages. */
export function CommunicationFlags({ patient, none }: Props) {
  return <CommunicationNeedsTags patient={{ communicationNeeds: patient.communicationNeeds, interpreterLanguage: patient.interpreterLanguage }} none={none} />;
}
