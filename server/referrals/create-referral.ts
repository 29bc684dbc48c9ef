import { randomInt } from "node:crypto";
import { recordAudit, type Actor } from "../platform/audit/record-audit";
import { databaseErrorInfo } from "../booking/core/errors";
import type { Db, Tx } from "../platform/db/client";
import type { Referral } from "../platform/db/generated/client";
import { formatShortDate } from "../platform/time/london";
import { ServiceNotFoundError } from "./errors";
import { queueReferralMessage } from "./queue-referral-message";
import { findOrCreateReferralPatient } from "./referral-patient";
import { createReferralSchema, type CreateReferralData, type CreateReferralInput } from "./schemas";

export type CreateReferralResult = {
  referral: Referral;
  /** false when this referral had arrived before (same UBRN, or same source system and id): nothing new was written. */
  created: boolean;
  patientCreated: boolean;
};

/** Transactions that import many rows wait for their turn rather than failing at once. */
export const REFERRAL_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

/**
 * The one way a referral enters Front Door, whether a clerk typed it, a CSV
 * worklist carried it or another system sent it as FHIR. In one transaction: the
 * patient is found by NHS number (or created), the referral is created awaiting
 * triage with its RTT clock started (10) at receipt, the audit trail written, and
 * the patient told it has arrived (outbox). A referral that has arrived before
 * (same UBRN, or same source system and id) is returned, not created again; the
 * unique indexes make that hold even for two copies arriving at once.
 */
export async function createReferral(client: Db, input: CreateReferralInput, actor: Actor): Promise<CreateReferralResult> {
  const data = createReferralSchema.parse(input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.$transaction((tx) => createReferralInTransaction(tx, data, actor), REFERRAL_TRANSACTION);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === "Referral_ubrn_key" || constraint === "Referral_sourceSystem_sourceId_key") {
        // Another copy of this referral committed between our check and our insert.
        const existing = await findExistingReferral(client, data);
        if (existing) return { referral: existing, created: false, patientCreated: false };
      }
      // A clash of generated pathway ids is vanishingly rare; a second try gets a new one.
      if (constraint === "Referral_pathwayId_key" && attempt < 3) continue;
      throw error;
    }
  }
}

/** For callers that create many referrals in their own transaction (the CSV import). */
export async function createReferralInTransaction(tx: Tx, data: CreateReferralData, actor: Actor): Promise<CreateReferralResult> {
  const existing = await findExistingReferral(tx, data);
  if (existing) return { referral: existing, created: false, patientCreated: false };
  const service = await tx.service.findUnique({ where: { code: data.serviceCode }, select: { id: true, name: true, contactPhone: true, active: true } });
  if (!service || !service.active) throw new ServiceNotFoundError(data.serviceCode);
  const patient = await findOrCreateReferralPatient(tx, data.patient, actor);

  // A new pathway's first RTT status (10, clock started at receipt) is written with it, fields and event together.
  const referral = await tx.referral.create({
    data: {
      patientId: patient.id,
      serviceId: service.id,
      ubrn: data.ubrn ?? null,
      sourceSystem: data.sourceSystem ?? null,
      sourceId: data.sourceId ?? null,
      source: data.source,
      referrerName: data.referrerName,
      referrerOrgCode: data.referrerOrgCode ?? null,
      referrerEmail: data.referrerEmail ?? null,
      receivedAt: data.receivedAt,
      priority: data.priority,
      reason: data.reason,
      status: "AWAITING_TRIAGE",
      pathwayId: newPathwayId(),
      rttClockStartAt: data.receivedAt,
      rttStatusCode: "10",
      rttEvents: { create: { code: "10", occurredAt: data.receivedAt, note: "Referral received", recordedById: actor.userId } },
    },
  });
  await recordAudit(tx, {
    actor,
    action: "referral.created",
    entityType: "Referral",
    entityId: referral.id,
    patientId: patient.id,
    after: {
      serviceCode: data.serviceCode,
      source: data.source,
      priority: data.priority,
      receivedAt: data.receivedAt,
      ubrn: data.ubrn,
      sourceSystem: data.sourceSystem,
      sourceId: data.sourceId,
      patientCreated: patient.created,
    },
  });
  await queueReferralMessage(tx, {
    referralId: referral.id,
    to: "patient",
    template: "referral-received",
    payload: {
      patientName: `${patient.givenName} ${patient.familyName}`,
      serviceName: service.name,
      contactPhone: service.contactPhone,
      trackerPath: `/patient/referrals/${referral.id}`,
      receivedDate: formatShortDate(data.receivedAt),
    },
  });
  return { referral, created: true, patientCreated: patient.created };
}

/** The referral this one repeats, if any: the same UBRN, or the same id in the same source system. */
export async function findExistingReferral(client: Db | Tx, data: Pick<CreateReferralData, "ubrn" | "sourceSystem" | "sourceId">): Promise<Referral | null> {
  const or = [
    ...(data.ubrn ? [{ ubrn: data.ubrn }] : []),
    ...(data.sourceSystem && data.sourceId ? [{ sourceSystem: data.sourceSystem, sourceId: data.sourceId }] : []),
  ];
  if (or.length === 0) return null;
  return client.referral.findFirst({ where: { OR: or } });
}

/** A patient pathway identifier: the trust's prefix and nine digits. */
export function newPathwayId(): string {
  return `NCH${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
}

function uniqueViolation(error: unknown): string | undefined {
  const info = databaseErrorInfo(error);
  return info?.sqlState === "23505" ? info.constraint : undefined;
}
