import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";

const requestSelect = {
  id: true,
  status: true,
  requestedAt: true,
  dueAt: true,
  decidedAt: true,
  decisionNote: true,
  urgent: true,
  details: true,
  preferredMode: true,
  answers: true,
  waitingListEntry: {
    select: {
      status: true,
      appointments: {
        where: { status: { in: ["BOOKED" as const, "ARRIVED" as const, "SEEN" as const] } },
        orderBy: { startsAt: "desc" as const },
        take: 1,
        select: { id: true, startsAt: true, appointmentType: { select: { name: true } } },
      },
    },
  },
} satisfies Prisma.PifuRequestSelect;

const pathwaySelect = {
  id: true,
  referralId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  triggerSymptoms: true,
  safetyNetting: true,
  howToContact: true,
  personalNotes: true,
  questions: true,
  responseWorkingDays: true,
  service: { select: { name: true, contactPhone: true } },
  requests: { orderBy: { requestedAt: "desc" as const }, take: 10, select: requestSelect },
} satisfies Prisma.PifuPathwaySelect;

/**
 * The patient's live PIFU pathways (optionally for one referral), newest first,
 * with their recent requests: for the cards on the home and referral pages.
 * Scoped by the signed-in patient's id.
 */
export async function patientPifuPathways(client: DbClient, patientId: string, referralId?: string) {
  return client.pifuPathway.findMany({
    where: { patientId, status: "ACTIVE", ...(referralId ? { referralId } : {}) },
    orderBy: { startsAt: "desc" },
    select: pathwaySelect,
  });
}

/** One of the patient's pathways (any status), or null: another patient's is not found. */
export async function patientPifuPathway(client: DbClient, patientId: string, pathwayId: string) {
  return client.pifuPathway.findFirst({ where: { id: pathwayId, patientId }, select: pathwaySelect });
}

export type PatientPifuPathway = NonNullable<Awaited<ReturnType<typeof patientPifuPathway>>>;
export type PatientPifuRequest = PatientPifuPathway["requests"][number];

/** Whether the patient can ask now: an active pathway, before its end, with no request waiting. */
export function canAsk(pathway: Pick<PatientPifuPathway, "status" | "endsAt" | "requests">, now: Date): boolean {
  return pathway.status === "ACTIVE" && (!pathway.endsAt || pathway.endsAt > now) && !pathway.requests.some((r) => r.status === "OPEN");
}
