import { db } from "@/server/platform/db/client";
import { fhirResponse, fhirServerError, requireApiClient } from "@/server/referrals/fhir/fhir-response";
import { readServiceRequest } from "@/server/referrals/fhir/service-request-api";

export const dynamic = "force-dynamic";

/** Read one referral as a FHIR R4 ServiceRequest. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await requireApiClient(request, "READ");
  if ("response" in auth) return auth.response;
  try {
    const { id } = await params;
    return fhirResponse(await readServiceRequest(db(), id, auth.caller));
  } catch (error) {
    return fhirServerError(error);
  }
}
