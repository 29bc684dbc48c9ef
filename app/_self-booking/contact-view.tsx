import { BackLink } from "@/components/back-link";
import { Panel } from "@/components/panel";
import { db } from "@/server/platform/db/client";
import type { BookableEntry } from "@/server/booking/self-service/bookable-entries";
import { TIMES_OF_DAY, WEEKDAYS } from "@/server/booking/self-service/contact-request";
import { formatDate } from "@/server/platform/time/london";
import { contactAction } from "./actions";
import { ContactForm } from "./contact-form";
import { flowFields, type Flow } from "./flow";

/** "Nothing suitable?": ask for a call or give the days and times that suit; afterwards, when to expect us. */
export async function ContactView({ flow, entry, sent }: { flow: Flow; entry: BookableEntry; sent: boolean }) {
  if (sent) {
    const task = await db().worklistTask.findFirst({
      where: { kind: "APPOINTMENT_SLOT_ISSUE", referralId: entry.referralId, patientId: flow.scope.patientId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      select: { dueBy: true },
    });
    return (
      <>
        <Panel heading="We will contact you">{task?.dueBy ? <p>{`By ${formatDate(task.dueBy)}`}</p> : null}</Panel>
        <p>{`Someone from ${entry.service.name} will contact you within 2 working days to find a time that suits you.`}</p>
        <p>{`If your symptoms get worse while you wait, contact your GP or call 111. For questions about your appointment, call ${entry.service.contactPhone}.`}</p>
        <p>
          <a href={flow.paths.home}>Back to your appointments</a>
        </p>
      </>
    );
  }
  const patient = await db().patient.findUniqueOrThrow({ where: { id: flow.scope.patientId }, select: { mobile: true } });
  return (
    <>
      <BackLink href={flow.paths.book(entry.id)} />
      <span className="nhsuk-caption-l">{entry.service.name}</span>
      <h1>Ask us to contact you</h1>
      <p>If none of the times online suit you, tell us how we can help. We will contact you within 2 working days.</p>
      <ContactForm
        action={contactAction}
        fields={{ ...flowFields(flow), entryId: entry.id }}
        weekdays={WEEKDAYS}
        times={TIMES_OF_DAY}
        phone={patient.mobile ?? ""}
      />
    </>
  );
}
