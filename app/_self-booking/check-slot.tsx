import { randomUUID } from "node:crypto";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { SummaryList } from "@/components/summary-list";
import { modeLabel, VIDEO_LINK_MINUTES_BEFORE } from "@/server/booking/appointments/describe-appointment";
import { db } from "@/server/platform/db/client";
import type { AppointmentMode } from "@/server/platform/db/generated/enums";
import { loadSlotChoice } from "@/server/booking/self-service/slot-choice";
import { formatDateTime } from "@/server/platform/time/london";
import { CheckForm } from "./check-form";
import { flowFields, type Flow } from "./flow";
import type { SelfBookingState } from "./self-booking-action";

const howByMode: Record<AppointmentMode, string> = {
  IN_PERSON: "Come to the address above.",
  TELEPHONE: "The clinician phones you at the time of your appointment, on the number we have for you.",
  VIDEO: `A video call. The link to join appears on your appointment page ${VIDEO_LINK_MINUTES_BEFORE} minutes before the start.`,
};

/** Step 2 of 3: what the patient is about to book, their communication needs, and the button. */
export async function CheckSlot(props: {
  flow: Flow;
  slotId: string;
  typeIds: string[];
  backHref: string;
  caption: string;
  action: (previous: SelfBookingState, form: FormData) => Promise<SelfBookingState>;
  fields: Record<string, string>;
  submitLabel: string;
  replacing?: string;
}) {
  const now = new Date();
  const [slot, patient] = await Promise.all([
    loadSlotChoice(db(), props.slotId, props.typeIds, now),
    db().patient.findUniqueOrThrow({ where: { id: props.flow.scope.patientId }, select: { communicationNeeds: true, interpreterLanguage: true, accessNotes: true } }),
  ]);
  if (!slot) {
    return (
      <>
        <BackLink href={props.backHref} />
        <h1>This time is no longer available</h1>
        <p>Someone else may have just booked it, or it is now too close to book online.</p>
        <p>
          <a href={props.backHref}>Choose another time</a>
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink href={props.backHref} />
      <span className="nhsuk-caption-l">{props.caption}</span>
      <h1>Check and confirm your appointment</h1>
      <SummaryList
        rows={[
          { key: "Date and time", value: `${formatDateTime(slot.startsAt)} (UK time)` },
          { key: "Appointment", value: slot.typeName },
          { key: "Type", value: modeLabel[slot.mode] },
          ...(slot.mode === "IN_PERSON" ? [{ key: "Where", value: slot.place.join(", ") }] : [{ key: "How", value: howByMode[slot.mode] }]),
          { key: "With", value: `${slot.clinicianName}, ${slot.clinicianRole}` },
          { key: "Service", value: slot.serviceName },
        ]}
      />
      {props.replacing && <InsetText>{`Your appointment on ${props.replacing} will be cancelled when you confirm the new time.`}</InsetText>}
      <CheckForm
        action={props.action}
        fields={{ ...flowFields(props.flow), ...props.fields, slotId: slot.id, idempotencyKey: randomUUID() }}
        needs={{ needs: patient.communicationNeeds, interpreterLanguage: patient.interpreterLanguage, accessNotes: patient.accessNotes }}
        submitLabel={props.submitLabel}
      />
    </>
  );
}
