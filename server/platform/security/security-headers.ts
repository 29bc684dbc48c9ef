/**
 * Headers that depend on the request: a Content-Security-Policy with a fresh
 * nonce (Next.js reads it from the request's CSP header and puts it on its own
 * scripts; the root layout puts it on ours) and, in production, HSTS. The fixed
 * headers (nosniff, frame options, …) are in next.config.js.
 */
export type SecurityHeaderOptions = {
  nonce: string;
  development: boolean;
  production: boolean;
  /** Origins a form may lead to besides ours: the identity providers' sign-in pages (redirects count as form targets). */
  signInOrigins?: string[];
};

/** Request header carrying the nonce from the proxy to the root layout. */
export const NONCE_HEADER = "x-nonce";

/** One year, subdomains included: NHS.UK services are HTTPS only. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development, production, signInOrigins = [] }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce'd Next.js runtime load its own chunks; no inline scripts without the nonce.
    // React needs eval in development only, to rebuild server error stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes (a progress bar's width, Next.js's route announcer) cannot carry a nonce; they run no code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...signInOrigins].join(" "),
    "frame-ancestors 'none'",
    // Only where the app is served over HTTPS: on a loopback test server it would break every subresource.
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy (which the request carries too, for Next.js) and every header the response gets. */
export function securityHeaders(options: SecurityHeaderOptions): { policy: string; response: [string, string][] } {
  const policy = contentSecurityPolicy(options);
  const response: [string, string][] = [["Content-Security-Policy", policy]];
  if (options.production) response.push(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
  return { policy, response };
}
