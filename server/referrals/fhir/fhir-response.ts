import { env } from "../../platform/config/env";
import { db } from "../../platform/db/client";
import type { ApiScope } from "../../platform/db/generated/enums";
import { authenticateApiClient, hasScope, type ApiCaller } from "./api-clients";
import { FHIR_JSON } from "./fhir-systems";
import { singleIssue } from "./operation-outcome";
import type { FhirResult } from "./service-request-api";

/** A FHIR answer as an HTTP response: application/fhir+json, never cached. */
export function fhirResponse(result: FhirResult): Response {
  const headers = new Headers({ "Content-Type": FHIR_JSON, "Cache-Control": "no-store" });
  if (result.location) headers.set("Location", result.location);
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}

/**
 * The first step of every FHIR route: the calling system, from its bearer key,
 * if that key has the scope; or a 401 (no valid key) or 403 (not allowed)
 * OperationOutcome to send back.
 */
export async function requireApiClient(request: Request, scope: ApiScope): Promise<{ caller: ApiCaller } | { response: Response }> {
  const caller = await authenticateApiClient(db(), request.headers.get("authorization"));
  if (caller && hasScope(caller, scope)) return { caller };
  if (caller) {
    const what = scope === "READ" ? "search or read referrals" : "send referrals";
    return { response: fhirResponse({ status: 403, body: singleIssue("forbidden", `This API key may not ${what}`) }) };
  }
  const response = fhirResponse({ status: 401, body: singleIssue("login", "A valid API key is required: Authorization: Bearer <key>") });
  response.headers.set("WWW-Authenticate", 'Bearer realm="Front Door FHIR API"');
  return { response };
}

/** Any unexpected failure: logged without the request's personal data, answered as a generic OperationOutcome with a reference. */
export function fhirServerError(error: unknown): Response {
  const reference = crypto.randomUUID();
  console.error(`FHIR API error ${reference}:`, error instanceof Error ? error.name : "unknown");
  return fhirResponse({ status: 500, body: singleIssue("exception", `Something went wrong on our side. Reference ${reference}`) });
}

export function fhirBaseUrl(): string {
  return env().baseUrl;
}
