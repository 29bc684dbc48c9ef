import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { requireStaff } from "@/server/identity/guards";
import { loadAppointmentDetails } from "@/server/booking/centre/appointment-details";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { staffPatientName } from "@/server/patients/patient-name";
import { formatDateTime } from "@/server/platform/time/london";
import { proposeOutcomeRtt, rttChoiceLabel } from "@/server/booking/core/outcome-rtt";
import type { AppointmentOutcome } from "@/server/platform/db/generated/enums";
import { clockFromReferral } from "@/server/referrals/rtt/rtt-clock";
import { pifuActivationOptions } from "@/server/pifu";
import { OutcomeForm, type RttProposals } from "./outcome-form";

export const metadata: Metadata = { title: "Record outcome" };

export default async function RecordOutcomePage({ params }: { params: Promise<{ appointmentId: string }> }) {
  await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const { appointmentId } = await params;
  if (!isUuid(appointmentId)) notFound();
  const appointment = await loadAppointmentDetails(db(), appointmentId);
  if (!appointment) notFound();
  const pifu = await pifuActivationOptions(db(), appointment.appointmentType.serviceId, appointment.referral?.id ?? null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/staff/appointments/${appointment.id}`}>Back to the appointment</BackLink>
        <span className="nhsuk-caption-l">
          {staffPatientName(appointment.patient)}, {formatDateTime(appointment.startsAt)}
        </span>
        <h1>Record the outcome</h1>
        {appointment.status === "SEEN" && !appointment.outcome ? (
          <OutcomeForm
            appointmentId={appointment.id}
            pifuTemplates={pifu.templates}
            suggestedRtt={pifu.suggestedRtt}
            proposals={await rttProposals(appointment.referral?.id ?? null, appointment.appointmentType.kind)}
          />
        ) : (
          <InsetText>An outcome can only be recorded once, for an appointment where the patient was seen.</InsetText>
        )}
      </div>
    </div>
  );
}

const OUTCOMES: AppointmentOutcome[] = ["DISCHARGED", "FOLLOW_UP", "PATIENT_INITIATED_FOLLOW_UP", "ADDED_TO_TREATMENT_LIST", "REFERRED_ELSEWHERE"];

/** For each outcome, the RTT status the rules imply for this pathway's clock now, and the alternatives. */
async function rttProposals(referralId: string | null, kind: "NEW" | "FOLLOW_UP"): Promise<RttProposals> {
  const referral = referralId
    ? await db().referral.findUnique({ where: { id: referralId }, select: { rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true } })
    : null;
  const clock = clockFromReferral(referral ?? { rttClockStartAt: null, rttClockStopAt: null, rttStatusCode: null });
  return Object.fromEntries(
    OUTCOMES.map((outcome) => {
      const p = proposeOutcomeRtt(outcome, kind, clock);
      return [outcome, { proposed: p.proposed, why: p.why, choices: p.choices.map((code) => ({ value: code, label: rttChoiceLabel(code) })) }];
    }),
  );
}
