import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db } from "../platform/db/client";
import { Prisma, type PifuRequest } from "../platform/db/generated/client";
import { getSetting } from "../platform/settings/settings";
import { PifuNotActiveError, PifuPathwayNotFoundError, RequestAlreadyOpenError } from "./errors";
import { queuePifuPatientMessage } from "./pifu-messages";
import { pifuRequestSchema, type PifuRequestInput } from "./request-schema";
import { pifuResponseDueAt } from "./working-days";

/** Who is asking: the signed-in patient (only their own pathways), or staff logging a phone call. */
export type RequestScope = { by: "patient"; patientId: string } | { by: "staff"; userId: string | null };

/**
 * Records a patient's request for an appointment on an active PIFU pathway, due
 * in the pathway's response time in working days (bank holidays from the
 * setting), and tells the patient it arrived. At most one request is open per
 * pathway: the database refuses a second (a double click, or a phone call logged
 * while the online request is open), and this says so kindly. A request about
 * something else is not made here: the form steers it to the GP or 111.
 */
export async function makePifuRequest(client: Db, scope: RequestScope, pathwayId: string, input: PifuRequestInput, actor: Actor, now: Date = new Date()): Promise<PifuRequest> {
  const data = pifuRequestSchema.parse(input);
  if (data.aboutCondition === "no") throw new PifuNotActiveError("A request about something else goes to your GP, or 111 if you need help now");
  const bankHolidays = await getSetting(client, "bankHolidays");
  try {
    return await client.$transaction(async (tx) => {
      // Requests for one pathway take turns, so the check below sees the other's; the index is the backstop.
      await tx.$queryRaw`SELECT id FROM "PifuPathway" WHERE id = ${pathwayId}::uuid FOR UPDATE`;
      const pathway = await tx.pifuPathway.findFirst({
        where: { id: pathwayId, ...(scope.by === "patient" ? { patientId: scope.patientId } : {}) },
        select: { id: true, patientId: true, serviceId: true, status: true, endsAt: true, questions: true, responseWorkingDays: true },
      });
      if (!pathway) throw new PifuPathwayNotFoundError();
      if (pathway.status !== "ACTIVE" || (pathway.endsAt && pathway.endsAt <= now)) throw new PifuNotActiveError();
      const open = await tx.pifuRequest.findFirst({ where: { pathwayId, status: "OPEN" }, select: { id: true } });
      if (open) throw new RequestAlreadyOpenError();
      const request = await tx.pifuRequest.create({
        data: {
          pathwayId,
          patientId: pathway.patientId,
          serviceId: pathway.serviceId,
          source: scope.by === "patient" ? "ONLINE" : "PHONE",
          loggedById: scope.by === "staff" ? scope.userId : null,
          answers: pathway.questions.map((question, i) => ({ question, answer: data.answers[i] ?? "" })),
          details: data.details,
          preferredMode: data.preferredMode,
          requestedAt: now,
          dueAt: pifuResponseDueAt(now, pathway.responseWorkingDays, bankHolidays),
        },
      });
      await tx.pifuPathway.update({ where: { id: pathwayId }, data: { lastContactAt: now } });
      await queuePifuPatientMessage(tx, pathwayId, "pifu-request-received");
      await recordAudit(tx, {
        actor,
        action: "pifu.request_made",
        entityType: "PifuRequest",
        entityId: request.id,
        patientId: pathway.patientId,
        after: { pathwayId, source: request.source, dueAt: request.dueAt, preferredMode: request.preferredMode },
      });
      return request;
    });
  } catch (error) {
    // Two requests at once: the partial unique index lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RequestAlreadyOpenError();
    throw error;
  }
}
