import { addMonths } from "date-fns";
import type { Tx } from "../../platform/db/client";
import type { Appointment, PifuPathway } from "../../platform/db/generated/client";
import { inLondon } from "../../platform/time/london";

export type PifuOutcomeData = { durationMonths: number; triggerSymptoms: string; endAction: "DISCHARGE" | "CLINICAL_REVIEW" };

/**
 * Opens the patient-initiated follow-up period an outcome asked for. The rest of
 * the outcome (referral ON_PIFU, RTT status, tasks) is recorded by recordOutcome;
 * this is the one place PIFU activation plugs in (its template, period and messages).
 */
export async function startPifuFromOutcome(
  tx: Tx,
  input: { appointment: Appointment; referralId: string; serviceId: string; data: PifuOutcomeData; now: Date },
): Promise<PifuPathway> {
  const { appointment, data, now } = input;
  return tx.pifuPathway.create({
    data: {
      patientId: appointment.patientId,
      referralId: input.referralId,
      serviceId: input.serviceId,
      clinicianId: appointment.clinicianId,
      fromAppointmentId: appointment.id,
      startsAt: now,
      endsAt: addMonths(inLondon(now), data.durationMonths),
      durationMonths: data.durationMonths,
      triggerSymptoms: data.triggerSymptoms,
      endAction: data.endAction,
    },
  });
}
