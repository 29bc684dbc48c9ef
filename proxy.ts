import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/server/platform/config/env";
import { NONCE_HEADER, createNonce, securityHeaders } from "@/server/platform/security/security-headers";

/**
 * Per-request security headers. Authentication is not done here: every page,
 * action and route checks its own guard.
 */
export function proxy(request: NextRequest) {
  const config = env();
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    development: config.nodeEnv === "development",
    production: config.appEnv === "production",
    signInOrigins: [config.nhsLogin?.issuer, config.cis2?.issuer].filter((v): v is string => v !== undefined).map((url) => new URL(url).origin),
  });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers.policy);
  requestHeaders.set(NONCE_HEADER, nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of headers.response) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Static files carry no markup to protect; prefetches get their policy with the page.
      source: "/((?!_next/static|_next/image|nhsuk/|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
