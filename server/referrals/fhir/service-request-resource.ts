import type { DbClient } from "../../platform/db/client";
import type { ReferralPriority, ReferralStatus } from "../../platform/db/generated/enums";
import { NHS_NUMBER_SYSTEM, ODS_ORGANISATION_SYSTEM, PATHWAY_ID_SYSTEM, SERVICE_CODE_SYSTEM, UBRN_SYSTEM, UK_CORE_SERVICE_REQUEST_PROFILE } from "./fhir-systems";
import { isUuid } from "../../platform/forms/uuid";

/**
 * A referral as a UK Core-shaped FHIR R4 ServiceRequest: status, intent and
 * subject (required), the NHS number identifier, the trust's priority, when it was
 * made, who asked and which service is to perform it.
 */
export const serviceRequestSelect = {
  id: true,
  ubrn: true,
  sourceSystem: true,
  sourceId: true,
  pathwayId: true,
  status: true,
  priority: true,
  receivedAt: true,
  reason: true,
  referrerName: true,
  referrerOrgCode: true,
  updatedAt: true,
  patientId: true,
  serviceId: true,
  patient: { select: { nhsNumber: true, givenName: true, familyName: true } },
  service: { select: { code: true, name: true } },
} as const;

type ReferralForFhir = NonNullable<Awaited<ReturnType<typeof loadReferralForFhir>>>;

/** One referral, only if it belongs to one of `serviceIds` (the calling key's services). */
export function loadReferralForFhir(client: DbClient, id: string, serviceIds: string[]) {
  if (!isUuid(id)) return Promise.resolve(null);
  return client.referral.findFirst({ where: { id, serviceId: { in: serviceIds } }, select: serviceRequestSelect });
}

const STATUS_TO_FHIR: Record<ReferralStatus, "active" | "revoked" | "completed"> = {
  AWAITING_TRIAGE: "active",
  ACCEPTED: "active",
  REDIRECTED: "active",
  BOOKED: "active",
  SEEN: "active",
  ON_PIFU: "active",
  REJECTED: "revoked",
  ADVICE_AND_GUIDANCE: "completed",
  DISCHARGED: "completed",
  CLOSED: "completed",
};

const PRIORITY_TO_FHIR: Record<ReferralPriority, "routine" | "urgent" | "asap"> = { ROUTINE: "routine", URGENT: "urgent", TWO_WEEK_WAIT: "asap" };

export function serviceRequestResource(referral: ReferralForFhir) {
  const identifier = [
    ...(referral.ubrn ? [{ system: UBRN_SYSTEM, value: referral.ubrn }] : []),
    ...(referral.sourceSystem && referral.sourceId ? [{ system: referral.sourceSystem, value: referral.sourceId }] : []),
    { system: PATHWAY_ID_SYSTEM, value: referral.pathwayId },
  ];
  return {
    resourceType: "ServiceRequest" as const,
    id: referral.id,
    meta: { profile: [UK_CORE_SERVICE_REQUEST_PROFILE], lastUpdated: referral.updatedAt.toISOString() },
    identifier,
    status: STATUS_TO_FHIR[referral.status],
    intent: "order" as const,
    priority: PRIORITY_TO_FHIR[referral.priority],
    subject: {
      identifier: { system: NHS_NUMBER_SYSTEM, value: referral.patient.nhsNumber },
      display: `${referral.patient.givenName} ${referral.patient.familyName}`,
    },
    authoredOn: referral.receivedAt.toISOString(),
    requester: {
      display: referral.referrerName,
      ...(referral.referrerOrgCode ? { identifier: { system: ODS_ORGANISATION_SYSTEM, value: referral.referrerOrgCode } } : {}),
    },
    performer: [{ identifier: { system: SERVICE_CODE_SYSTEM, value: referral.service.code }, display: referral.service.name }],
    reasonCode: [{ text: referral.reason }],
  };
}

export type ServiceRequestResource = ReturnType<typeof serviceRequestResource>;

/** A searchset Bundle of ServiceRequests. */
export function searchsetBundle(resources: ServiceRequestResource[], baseUrl: string, selfUrl: string) {
  return {
    resourceType: "Bundle" as const,
    type: "searchset" as const,
    total: resources.length,
    link: [{ relation: "self", url: selfUrl }],
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/api/fhir/r4/ServiceRequest/${resource.id}`, resource, search: { mode: "match" as const } })),
  };
}
