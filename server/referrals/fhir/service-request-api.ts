import { z } from "zod";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/client";
import { createReferral } from "../create-referral";
import { PatientDetailsNeededError, ReferralError } from "../errors";
import { createReferralSchema } from "../schemas";
import { isValidNhsNumber, normaliseNhsNumber } from "../../patients/nhs-number";
import type { ApiCaller } from "./api-clients";
import { NHS_NUMBER_SYSTEM } from "./fhir-systems";
import { operationOutcome, singleIssue, type OperationOutcome, type OperationOutcomeIssue } from "./operation-outcome";
import { FHIR_PATH_OF_FIELD, referralInputFromServiceRequest, serviceRequestSchema } from "./service-request-intake";
import { loadReferralForFhir, searchsetBundle, serviceRequestResource, serviceRequestSelect } from "./service-request-resource";

/** What a FHIR route answers: a status, a resource (or OperationOutcome) and maybe a Location. */
export type FhirResult = { status: number; body: unknown; location?: string };

export const MAX_FHIR_BODY_BYTES = 200_000;

const outcome = (status: number, body: OperationOutcome): FhirResult => ({ status, body });

/**
 * POST /ServiceRequest: a referral from another system. 201 with the created
 * resource; 200 with the existing one when the same identifier was sent before
 * (nothing new is created); 400 for a body that is not a valid ServiceRequest;
 * 422 when it is valid FHIR but breaks our rules (unknown service, bad NHS
 * number, a new patient without details, …).
 */
export async function createServiceRequest(client: Db, bodyText: string, caller: ApiCaller, baseUrl: string): Promise<FhirResult> {
  if (Buffer.byteLength(bodyText, "utf8") > MAX_FHIR_BODY_BYTES) return outcome(413, singleIssue("too-costly", "The request body is too large"));
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return outcome(400, singleIssue("structure", "The body is not valid JSON"));
  }
  const parsed = serviceRequestSchema.safeParse(json);
  if (!parsed.success) return outcome(400, operationOutcome(zodIssues(parsed.error, (path) => `ServiceRequest.${path}`, "structure")));

  const mapped = referralInputFromServiceRequest(parsed.data);
  if (!mapped.ok) return outcome(422, operationOutcome(mapped.issues));
  const validated = createReferralSchema.safeParse(mapped.input);
  if (!validated.success) return outcome(422, operationOutcome(zodIssues(validated.error, (path) => FHIR_PATH_OF_FIELD[path] ?? "ServiceRequest", "value")));

  const service = await client.service.findUnique({ where: { code: validated.data.serviceCode }, select: { id: true } });
  if (service && !caller.serviceIds.includes(service.id)) {
    return outcome(403, singleIssue("forbidden", `This API key may not send referrals to ${validated.data.serviceCode}`, "ServiceRequest.performer"));
  }

  try {
    const { referral, created } = await createReferral(client, mapped.input, caller.actor);
    const loaded = await loadReferralForFhir(client, referral.id, caller.serviceIds);
    if (!loaded) throw new Error("created referral not found");
    return { status: created ? 201 : 200, body: serviceRequestResource(loaded), location: `${baseUrl}/api/fhir/r4/ServiceRequest/${referral.id}` };
  } catch (error) {
    if (error instanceof PatientDetailsNeededError) {
      return outcome(
        422,
        operationOutcome(
          Object.entries(error.fieldErrors).map(([path, message]) => ({
            severity: "error",
            code: "required",
            diagnostics: `No patient has this NHS number yet: include a contained Patient referenced from subject. ${message}`,
            expression: [FHIR_PATH_OF_FIELD[path] ?? "ServiceRequest.contained"],
          })),
        ),
      );
    }
    if (error instanceof ReferralError) {
      return outcome(422, singleIssue("business-rule", error.message, error.field ? FHIR_PATH_OF_FIELD[error.field] : undefined));
    }
    throw error;
  }
}

/** GET /ServiceRequest/{id}: only a referral of the key's services (any other is "not known"); every read is audited. */
export async function readServiceRequest(client: Db, id: string, caller: ApiCaller): Promise<FhirResult> {
  const referral = await loadReferralForFhir(client, id, caller.serviceIds);
  if (!referral) return outcome(404, singleIssue("not-found", `ServiceRequest/${id.slice(0, 64)} is not known`));
  await recordAudit(client, { actor: caller.actor, action: "fhir.service-request.read", entityType: "Referral", entityId: referral.id, patientId: referral.patientId });
  return { status: 200, body: serviceRequestResource(referral) };
}

const SEARCH_PARAMETERS = ["patient.identifier", "subject:identifier", "_count"];

/** GET /ServiceRequest?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018 (or subject:identifier=…). */
export async function searchServiceRequests(client: Db, params: URLSearchParams, caller: ApiCaller, baseUrl: string, selfUrl: string): Promise<FhirResult> {
  const unknown = [...params.keys()].filter((k) => !SEARCH_PARAMETERS.includes(k));
  if (unknown.length > 0) return outcome(400, singleIssue("not-supported", `Unsupported search parameter: ${unknown.join(", ")}. Search by patient.identifier.`));
  const token = params.get("patient.identifier") ?? params.get("subject:identifier");
  if (!token) return outcome(400, singleIssue("required", `Search by the patient's NHS number: patient.identifier=${NHS_NUMBER_SYSTEM}|<NHS number>`));
  const [system, value] = token.includes("|") ? (token.split("|", 2) as [string, string]) : [NHS_NUMBER_SYSTEM, token];
  if (system !== NHS_NUMBER_SYSTEM) return outcome(400, singleIssue("not-supported", `Only NHS number identifiers (${NHS_NUMBER_SYSTEM}) can be searched`));
  const nhsNumber = normaliseNhsNumber(value);
  if (!isValidNhsNumber(nhsNumber)) return outcome(400, singleIssue("value", "The NHS number is not valid", "patient.identifier"));
  const count = Math.min(Math.max(Number(params.get("_count") ?? 50) || 50, 1), 100);

  // Only the key's services: a key for audiology learns nothing about the patient's other referrals.
  const referrals = await client.referral.findMany({
    where: { patient: { nhsNumber }, serviceId: { in: caller.serviceIds } },
    orderBy: { receivedAt: "desc" },
    take: count,
    select: serviceRequestSelect,
  });
  await recordAudit(client, {
    actor: caller.actor,
    action: "fhir.service-request.searched",
    entityType: "ApiClient",
    entityId: caller.id,
    patientId: referrals[0]?.patientId ?? null,
    after: { referralIds: referrals.map((r) => r.id) },
  });
  return { status: 200, body: searchsetBundle(referrals.map(serviceRequestResource), baseUrl, selfUrl) };
}

function zodIssues(error: z.ZodError, expression: (path: string) => string, code: OperationOutcomeIssue["code"]): OperationOutcomeIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.join(".");
    return { severity: "error", code, diagnostics: path ? `${path}: ${issue.message}` : issue.message, expression: [expression(path)] };
  });
}
