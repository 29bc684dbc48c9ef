import { db } from "@/server/platform/db/client";
import { fhirBaseUrl, fhirResponse, fhirServerError, requireApiClient } from "@/server/referrals/fhir/fhir-response";
import { singleIssue } from "@/server/referrals/fhir/operation-outcome";
import { createServiceRequest, MAX_FHIR_BODY_BYTES, searchServiceRequests } from "@/server/referrals/fhir/service-request-api";

export const dynamic = "force-dynamic";

/** Create a referral from a FHIR R4 ServiceRequest (README: "FHIR API"). */
export async function POST(request: Request) {
  const auth = await requireApiClient(request, "WRITE");
  if ("response" in auth) return auth.response;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FHIR_BODY_BYTES) {
    return fhirResponse({ status: 413, body: singleIssue("too-costly", "The request body is too large") });
  }
  try {
    return fhirResponse(await createServiceRequest(db(), await request.text(), auth.caller, fhirBaseUrl()));
  } catch (error) {
    return fhirServerError(error);
  }
}

/** Search referrals by the patient's NHS number. */
export async function GET(request: Request) {
  const auth = await requireApiClient(request, "READ");
  if ("response" in auth) return auth.response;
  try {
    const url = new URL(request.url);
    const self = `${fhirBaseUrl()}/api/fhir/r4/ServiceRequest${url.search}`;
    return fhirResponse(await searchServiceRequests(db(), url.searchParams, auth.caller, fhirBaseUrl(), self));
  } catch (error) {
    return fhirServerError(error);
  }
}
