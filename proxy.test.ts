import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

/** The proxy as Next.js calls it: a policy per request, on the response and on the request (for Next.js's own scripts). */
async function loadProxy(environment: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  return (await import("./proxy")).proxy;
}

// The test runner's own environment turns the local sign-in on, which production refuses: each case says its own.
const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", SMTP_URL: "smtp://127.0.0.1:1025", NEXTAUTH_SECRET: "s".repeat(40), ENABLE_LOCAL_SIGNIN: "false" };

describe("proxy", () => {
  beforeEach(() => vi.unstubAllEnvs());

  it("sets a new nonce-based policy on each response, and the nonce on the request", async () => {
    const proxy = await loadProxy({ ...base, NODE_ENV: "production", APP_ENV: "test", NEXTAUTH_URL: "http://127.0.0.1:3100" });
    const first = proxy(new NextRequest("http://127.0.0.1:3100/sign-in"));
    const second = proxy(new NextRequest("http://127.0.0.1:3100/sign-in"));
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next passes overridden request headers to the render as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS in production", async () => {
    const proxy = await loadProxy({ ...base, NODE_ENV: "production", APP_ENV: "production", NEXTAUTH_URL: "https://frontdoor.example.nhs.uk" });
    const response = proxy(new NextRequest("https://frontdoor.example.nhs.uk/"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
