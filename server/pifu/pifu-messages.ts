import { pifuMessageSubjects, type PifuMessagePayload, type PifuTemplateName } from "../../emails/pifu-messages";
import type { Tx } from "../platform/db/client";
import { enqueueJob } from "../platform/jobs/queue";
import { formatDate } from "../platform/time/london";
import { queuePatientMessage } from "../messages/queue-patient-message";
import { pifuLastDay } from "./period";

const pathwayForMessage = {
  id: true,
  patientId: true,
  referralId: true,
  serviceId: true,
  endsAt: true,
  triggerSymptoms: true,
  safetyNetting: true,
  howToContact: true,
  personalNotes: true,
  responseWorkingDays: true,
  patient: { select: { givenName: true, familyName: true, nhsNumber: true } },
  service: { select: { name: true, contactPhone: true } },
  clinician: { select: { name: true } },
  referral: { select: { referrerName: true, referrerEmail: true, referrerOrgCode: true } },
} as const;

async function loadForMessage(tx: Tx, pathwayId: string) {
  return tx.pifuPathway.findUniqueOrThrow({ where: { id: pathwayId }, select: pathwayForMessage });
}

function payloadOf(p: Awaited<ReturnType<typeof loadForMessage>>, extra: Partial<PifuMessagePayload>): PifuMessagePayload {
  return {
    patientName: `${p.patient.givenName} ${p.patient.familyName}`,
    serviceName: p.service.name,
    contactPhone: p.service.contactPhone,
    pathwayPath: `/patient/pifu/${p.id}`,
    ...(p.endsAt ? { lastDay: formatDate(pifuLastDay(p.endsAt)) } : {}),
    triggerSymptoms: p.triggerSymptoms,
    safetyNetting: p.safetyNetting,
    howToContact: p.howToContact,
    ...(p.personalNotes ? { personalNotes: p.personalNotes } : {}),
    responseWorkingDays: p.responseWorkingDays,
    ...extra,
  };
}

/**
 * Queues a PIFU message to the patient (their preferred channel, a letter when
 * they have no digital contact) inside the caller's transaction.
 */
export async function queuePifuPatientMessage(tx: Tx, pathwayId: string, template: PifuTemplateName, extra: Partial<PifuMessagePayload> = {}) {
  const p = await loadForMessage(tx, pathwayId);
  return queuePatientMessage(tx, {
    patientId: p.patientId,
    referralId: p.referralId,
    template,
    subject: pifuMessageSubjects[template],
    payload: payloadOf(p, extra),
  });
}

/**
 * Queues the GP's copy to the referrer's email. Without one, the booking centre
 * gets a call-back task to send it another way (letters are printed for patients).
 */
export async function queuePifuGpMessage(tx: Tx, pathwayId: string, template: PifuTemplateName): Promise<{ messageId: string | null }> {
  const p = await loadForMessage(tx, pathwayId);
  const payload = payloadOf(p, { referrerName: p.referral.referrerName, nhsNumber: p.patient.nhsNumber, clinicianName: p.clinician.name });
  if (!p.referral.referrerEmail) {
    await tx.worklistTask.create({
      data: {
        kind: "CALL_BACK",
        patientId: p.patientId,
        serviceId: p.serviceId,
        referralId: p.referralId,
        summary: `Send ${p.referral.referrerName}${p.referral.referrerOrgCode ? ` (${p.referral.referrerOrgCode})` : ""} the letter "${pifuMessageSubjects[template]}": the referral has no email address for them.`,
        details: { template, pifuPathwayId: p.id },
      },
    });
    return { messageId: null };
  }
  const message = await tx.message.create({
    data: {
      // About the patient but not for them: it stays out of the patient's own list.
      patientId: null,
      referralId: p.referralId,
      channel: "EMAIL",
      template,
      toAddress: p.referral.referrerEmail,
      subject: pifuMessageSubjects[template],
      payload,
    },
    select: { id: true },
  });
  await enqueueJob(tx, { queue: "send-message", payload: { messageId: message.id } });
  return { messageId: message.id };
}
