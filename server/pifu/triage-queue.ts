import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";

/**
 * The PIFU triage queue: open requests, the soonest due first (overdue ones at
 * the top), optionally for one service, with the counts per service and how many
 * are overdue. Requests decided "book" stay visible until their appointment is
 * booked, so nobody is lost between the decision and the booking.
 */
export async function pifuTriageQueue(client: DbClient, options: { serviceId?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const service = options.serviceId ? { serviceId: options.serviceId } : {};
  const open: Prisma.PifuRequestWhereInput = { status: "OPEN", ...service };
  const awaitingBooking: Prisma.PifuRequestWhereInput = { status: "BOOKING", waitingListEntry: { status: "WAITING" }, ...service };
  const [requests, booking, byService, overdue] = await Promise.all([
    client.pifuRequest.findMany({
      where: open,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        source: true,
        requestedAt: true,
        dueAt: true,
        preferredMode: true,
        details: true,
        pathwayId: true,
        service: { select: { name: true } },
        patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true, communicationNeeds: true } },
      },
    }),
    client.pifuRequest.findMany({
      where: awaitingBooking,
      orderBy: [{ urgent: "desc" }, { decidedAt: "asc" }],
      take: 100,
      select: {
        id: true,
        urgent: true,
        decidedAt: true,
        waitingListEntryId: true,
        service: { select: { name: true } },
        patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } },
      },
    }),
    client.pifuRequest.groupBy({ by: ["serviceId"], where: { status: "OPEN" }, _count: { _all: true } }),
    client.pifuRequest.count({ where: { ...open, dueAt: { lt: now } } }),
  ]);
  return {
    requests: requests.map((r) => ({ ...r, overdue: r.dueAt < now })),
    booking,
    openByService: new Map(byService.map((g) => [g.serviceId, g._count._all])),
    overdue,
  };
}

/** One request with what the clinician needs to decide it. */
export async function loadPifuRequest(client: DbClient, requestId: string) {
  return client.pifuRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      status: true,
      source: true,
      requestedAt: true,
      dueAt: true,
      decidedAt: true,
      decisionNote: true,
      urgent: true,
      details: true,
      preferredMode: true,
      answers: true,
      waitingListEntryId: true,
      patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true, communicationNeeds: true, interpreterLanguage: true } },
      service: { select: { name: true } },
      pathway: {
        select: {
          id: true,
          referralId: true,
          startsAt: true,
          endsAt: true,
          triggerSymptoms: true,
          personalNotes: true,
          endAction: true,
          clinician: { select: { name: true } },
          referral: { select: { reason: true } },
        },
      },
    },
  });
}

/** A pathway for staff (logging a phone request), or null. */
export async function loadPifuPathwayForStaff(client: DbClient, pathwayId: string) {
  return client.pifuPathway.findUnique({
    where: { id: pathwayId },
    select: {
      id: true,
      status: true,
      endsAt: true,
      questions: true,
      triggerSymptoms: true,
      patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } },
      service: { select: { name: true } },
      requests: { where: { status: "OPEN" }, select: { id: true } },
    },
  });
}

/** The answers as stored: [{ question, answer }]. */
export function answersOf(value: Prisma.JsonValue): { question: string; answer: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && !Array.isArray(item) && typeof item.question === "string" && typeof item.answer === "string" ? [{ question: item.question, answer: item.answer }] : [],
  );
}
