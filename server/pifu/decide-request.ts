import { addDays } from "date-fns";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import type { AppointmentMode } from "../platform/db/generated/enums";
import { PifuRequestNotFoundError, RequestAlreadyDecidedError } from "./errors";
import { queuePifuPatientMessage } from "./pifu-messages";
import { decideRequestSchema, type DecideRequestInput } from "./request-schema";

/** How soon the booking centre should see the patient: the follow-up entry's due date. */
const SEE_WITHIN_DAYS = { urgent: 14, routine: 42 } as const;

export type DecisionResult = { requestId: string; patientId: string; waitingListEntryId: string | null };

/**
 * A clinician's decision on an open PIFU request, once (a guarded update): book
 * (a follow-up waiting-list entry of the right type, urgent or routine, that the
 * booking flow opens at once; staff booking is not limited by patients' online
 * rules), advice, or redirect to the GP or 111. The patient is told through the
 * outbox either way and sees the decision on their PIFU page. Audited.
 */
export async function decidePifuRequest(client: Db, input: DecideRequestInput, actor: Actor, now: Date = new Date()): Promise<DecisionResult> {
  const data = decideRequestSchema.parse(input);
  return client.$transaction(async (tx) => {
    const request = await tx.pifuRequest.findUnique({
      where: { id: data.requestId },
      select: { id: true, status: true, pathwayId: true, patientId: true, serviceId: true, preferredMode: true, pathway: { select: { referralId: true } } },
    });
    if (!request) throw new PifuRequestNotFoundError();
    const book = data.decision === "BOOK_URGENT" || data.decision === "BOOK_ROUTINE";
    const urgent = data.decision === "BOOK_URGENT";
    const status = book ? "BOOKING" : data.decision === "ADVICE" ? "ADVICE_GIVEN" : "REDIRECTED";
    const decided = await tx.pifuRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status, urgent, decidedAt: now, decidedById: actor.userId, decisionNote: data.note ?? null },
    });
    if (decided.count !== 1) throw new RequestAlreadyDecidedError();

    let waitingListEntryId: string | null = null;
    if (book) {
      const entry = await tx.waitingListEntry.create({
        data: {
          patientId: request.patientId,
          referralId: request.pathway.referralId,
          serviceId: request.serviceId,
          appointmentTypeId: await followUpType(tx, request.serviceId, request.preferredMode),
          kind: "FOLLOW_UP",
          priority: urgent ? "URGENT" : "ROUTINE",
          addedAt: now,
          dueBy: addDays(now, urgent ? SEE_WITHIN_DAYS.urgent : SEE_WITHIN_DAYS.routine),
        },
        select: { id: true },
      });
      waitingListEntryId = entry.id;
      await tx.pifuRequest.update({ where: { id: request.id }, data: { waitingListEntryId } });
    }
    const template = book ? "pifu-request-booking" : data.decision === "ADVICE" ? "pifu-request-advice" : "pifu-request-redirected";
    await queuePifuPatientMessage(tx, request.pathwayId, template, { urgent, ...(data.note ? { note: data.note } : {}) });
    await recordAudit(tx, {
      actor,
      action: "pifu.request_decided",
      entityType: "PifuRequest",
      entityId: request.id,
      patientId: request.patientId,
      before: { status: request.status },
      after: { status, decision: data.decision, note: data.note, waitingListEntryId },
    });
    return { requestId: request.id, patientId: request.patientId, waitingListEntryId };
  });
}

/** The service's follow-up type in the patient's preferred mode, or any follow-up type. */
async function followUpType(tx: Tx, serviceId: string, mode: AppointmentMode | null): Promise<string | null> {
  const types = await tx.appointmentType.findMany({ where: { serviceId, kind: "FOLLOW_UP", active: true }, select: { id: true, mode: true }, orderBy: { code: "asc" } });
  return (types.find((t) => t.mode === mode) ?? types.find((t) => t.mode === "IN_PERSON") ?? types[0])?.id ?? null;
}
