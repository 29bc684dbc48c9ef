import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, STRICT_TRANSPORT_SECURITY } from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("security headers", () => {
  it("allows scripts only with the request's nonce", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false, production: true });
    const scripts = directive(policy, "script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(policy, "style-src")).not.toContain("'unsafe-inline'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
  });

  it("lets forms lead to the configured identity providers only", () => {
    const policy = contentSecurityPolicy({ nonce: "n", development: false, production: true, signInOrigins: ["https://auth.login.nhs.uk"] });
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://auth.login.nhs.uk");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS in production only", () => {
    const production = securityHeaders({ nonce: "n", development: false, production: true }).response;
    expect(production).toContainEqual(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
    const test = securityHeaders({ nonce: "n", development: false, production: false }).response;
    expect(test.map(([name]) => name)).toEqual(["Content-Security-Policy"]);
  });
});
