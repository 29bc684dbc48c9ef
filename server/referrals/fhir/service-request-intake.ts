import { z } from "zod";
import type { CreateReferralInput } from "../schemas";
import { NHS_NUMBER_SYSTEM, ODS_ORGANISATION_SYSTEM, SERVICE_CODE_SYSTEM, UBRN_SYSTEM } from "./fhir-systems";
import type { OperationOutcomeIssue } from "./operation-outcome";
import { multilineText, text } from "../../platform/forms/text";

/**
 * The FHIR R4 ServiceRequest (UK Core style) the API accepts, and its mapping onto
 * the input every referral route shares. Only the elements we use are read; the
 * rest of a valid resource is ignored. Structural faults are reported against
 * the element (FHIRPath) they are in.
 */
const identifierSchema = z.object({ system: text().min(1).optional(), value: text().min(1) });
const codingSchema = z.object({ system: text().optional(), code: text().optional(), display: text().optional() });
const codeableConceptSchema = z.object({ coding: z.array(codingSchema).optional(), text: text().optional() });
const referenceSchema = z.object({ reference: text().optional(), identifier: identifierSchema.optional(), display: text().optional() });

const containedPatientSchema = z.object({
  resourceType: z.literal("Patient"),
  id: text().optional(),
  identifier: z.array(identifierSchema).optional(),
  name: z.array(z.object({ family: text().optional(), given: z.array(text()).optional() })).optional(),
  birthDate: text().optional(),
  address: z.array(z.object({ line: z.array(text()).optional(), city: text().optional(), postalCode: text().optional() })).optional(),
  telecom: z.array(z.object({ system: text().optional(), value: text().optional(), use: text().optional() })).optional(),
});

export const serviceRequestSchema = z.object({
  resourceType: z.literal("ServiceRequest", { message: "The resource must be a ServiceRequest" }),
  identifier: z.array(identifierSchema).optional(),
  status: z.literal("active", { message: "status must be active: only live referrals can be sent" }),
  intent: z.enum(["order", "original-order", "plan", "proposal"], { message: "intent must be order, original-order, plan or proposal" }),
  priority: z.enum(["routine", "urgent", "asap", "stat"], { message: "priority must be routine, urgent, asap or stat" }).default("routine"),
  subject: referenceSchema,
  authoredOn: text({ message: "authoredOn is required: when the referral was made" }),
  requester: referenceSchema.optional(),
  performer: z.array(referenceSchema).optional(),
  code: codeableConceptSchema.optional(),
  reasonCode: z.array(codeableConceptSchema).optional(),
  note: z.array(z.object({ text: multilineText() })).optional(),
  contained: z.array(z.looseObject({ resourceType: text() })).optional(),
});
export type ServiceRequestInput = z.output<typeof serviceRequestSchema>;

/** FHIR request priority to the trust's referral priority: e-RS sends two-week-wait referrals as asap. */
export const PRIORITY_FROM_FHIR = { routine: "ROUTINE", urgent: "URGENT", asap: "TWO_WEEK_WAIT", stat: "TWO_WEEK_WAIT" } as const;

export type IntakeMapping = { ok: true; input: CreateReferralInput } | { ok: false; issues: OperationOutcomeIssue[] };

export function referralInputFromServiceRequest(resource: ServiceRequestInput): IntakeMapping {
  const issues: OperationOutcomeIssue[] = [];
  const required = (diagnostics: string, expression: string) => issues.push({ severity: "error", code: "required", diagnostics, expression: [expression] });

  const patient = containedPatient(resource);
  const nhsNumber =
    (resource.subject.identifier?.system === NHS_NUMBER_SYSTEM ? resource.subject.identifier.value : undefined) ??
    patient?.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  if (!nhsNumber) required(`subject needs the patient's NHS number: identifier with system ${NHS_NUMBER_SYSTEM}`, "ServiceRequest.subject.identifier");

  const serviceCode =
    resource.performer?.flatMap((p) => (p.identifier?.system === SERVICE_CODE_SYSTEM ? [p.identifier.value] : []))[0] ??
    resource.code?.coding?.find((c) => c.system === SERVICE_CODE_SYSTEM && c.code)?.code;
  if (!serviceCode) required(`Name the service: performer.identifier or code.coding with system ${SERVICE_CODE_SYSTEM}`, "ServiceRequest.performer");

  const orgCode = resource.requester?.identifier?.system === ODS_ORGANISATION_SYSTEM ? resource.requester.identifier.value : undefined;
  const referrerName = resource.requester?.display ?? orgCode;
  if (!referrerName) required("requester needs a display name (or an ODS organisation code)", "ServiceRequest.requester");

  const reason = [
    ...(resource.reasonCode?.map((r) => r.text ?? r.coding?.find((c) => c.display)?.display) ?? []),
    resource.code?.text,
    ...(resource.note?.map((n) => n.text) ?? []),
  ]
    .filter((t): t is string => Boolean(t && t.trim()))
    .join("\n");
  if (!reason) required("Give the reason for referral in reasonCode.text (or note.text)", "ServiceRequest.reasonCode");

  const ubrn = resource.identifier?.find((i) => i.system === UBRN_SYSTEM)?.value;
  const business = resource.identifier?.find((i) => i.system && i.system !== UBRN_SYSTEM);
  if (!ubrn && !business) {
    required(`identifier is required (a UBRN with system ${UBRN_SYSTEM}, or your own system and value) so that a repeated request is recognised`, "ServiceRequest.identifier");
  }
  if (issues.length > 0 || !nhsNumber || !serviceCode || !referrerName) return { ok: false, issues };

  return {
    ok: true,
    input: {
      patient: {
        nhsNumber,
        givenName: patient?.name?.[0]?.given?.[0],
        familyName: patient?.name?.[0]?.family,
        dateOfBirth: patient?.birthDate,
        addressLine1: patient?.address?.[0]?.line?.[0],
        addressLine2: patient?.address?.[0]?.line?.[1],
        town: patient?.address?.[0]?.city,
        postcode: patient?.address?.[0]?.postalCode,
        email: patient?.telecom?.find((t) => t.system === "email")?.value,
        mobile: patient?.telecom?.find((t) => t.system === "phone" && t.use === "mobile")?.value,
      },
      serviceCode,
      source: ubrn ? "E_REFERRAL_SERVICE" : "GP",
      referrerName,
      referrerOrgCode: orgCode,
      receivedAt: resource.authoredOn,
      priority: PRIORITY_FROM_FHIR[resource.priority],
      reason,
      ubrn,
      ...(business?.system ? { sourceSystem: business.system, sourceId: business.value } : {}),
    },
  };
}

/** The Patient contained in the resource that `subject.reference` ("#id") points at. */
function containedPatient(resource: ServiceRequestInput) {
  const ref = resource.subject.reference;
  if (!ref?.startsWith("#")) return undefined;
  const found = resource.contained?.find((r) => r.resourceType === "Patient" && r.id === ref.slice(1));
  const parsed = containedPatientSchema.safeParse(found);
  return parsed.success ? parsed.data : undefined;
}

/** Where in a ServiceRequest a createReferral field comes from, for OperationOutcome expressions. */
export const FHIR_PATH_OF_FIELD: Record<string, string> = {
  "patient.nhsNumber": "ServiceRequest.subject.identifier.value",
  "patient.givenName": "ServiceRequest.contained.Patient.name.given",
  "patient.familyName": "ServiceRequest.contained.Patient.name.family",
  "patient.dateOfBirth": "ServiceRequest.contained.Patient.birthDate",
  "patient.addressLine1": "ServiceRequest.contained.Patient.address.line",
  "patient.town": "ServiceRequest.contained.Patient.address.city",
  "patient.postcode": "ServiceRequest.contained.Patient.address.postalCode",
  "patient.email": "ServiceRequest.contained.Patient.telecom",
  serviceCode: "ServiceRequest.performer.identifier",
  referrerName: "ServiceRequest.requester.display",
  referrerOrgCode: "ServiceRequest.requester.identifier",
  receivedAt: "ServiceRequest.authoredOn",
  priority: "ServiceRequest.priority",
  reason: "ServiceRequest.reasonCode",
  ubrn: "ServiceRequest.identifier",
  sourceId: "ServiceRequest.identifier",
};
