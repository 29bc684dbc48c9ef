import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { consumeRateLimit } from "../platform/rate-limit/consume-rate-limit";
import { PEER_HEADER, STAMP_HEADER, registerServerSocketInfo } from "../platform/http/server-socket";
import { setupTestDatabase } from "../platform/testing/test-database";
import { clientAddressFrom, localSignInAllowed } from "./request-origin";

const db = setupTestDatabase();
const stamp = randomUUID();

/** The headers our server (scripts/serve.ts) hands the app for a request from `peer`. */
function request(peer: string, extra: Record<string, string> = {}): Headers {
  return new Headers({ ...extra, [PEER_HEADER]: peer, [STAMP_HEADER]: stamp });
}

afterEach(() => registerServerSocketInfo({ stamp, boundAddress: "127.0.0.1" }));

describe("the client's address", () => {
  it("cannot be spoofed with X-Forwarded-For: 25 attempts with made-up addresses share one limit", async () => {
    registerServerSocketInfo({ stamp, boundAddress: "0.0.0.0" });
    const peer = `203.0.113.${Math.floor(Math.random() * 200)}`;
    const rule = { limit: 20, windowMs: 15 * 60_000 };
    const scope = `spoof-${randomUUID()}`;
    const answers = [];
    for (let i = 0; i < 25; i++) {
      const address = clientAddressFrom(request(peer, { "x-forwarded-for": `198.51.100.${i}` }), 0);
      expect(address).toBe(peer);
      answers.push((await consumeRateLimit(db, `${scope}:${address}`, rule)).allowed);
    }
    expect(answers.filter((allowed) => !allowed)).toHaveLength(5);
  });

  it("believes X-Forwarded-For only as far back as TRUSTED_PROXY_HOPS", () => {
    registerServerSocketInfo({ stamp, boundAddress: "0.0.0.0" });
    const spoofed = request("10.0.0.5", { "x-forwarded-for": "1.2.3.4, 203.0.113.7" });
    expect(clientAddressFrom(spoofed, 0)).toBe("10.0.0.5");
    expect(clientAddressFrom(spoofed, 1)).toBe("203.0.113.7");
  });

  it("is unknown for a request that did not come through our server (a forged stamp)", () => {
    registerServerSocketInfo({ stamp, boundAddress: "0.0.0.0" });
    const forged = new Headers({ [PEER_HEADER]: "203.0.113.7", [STAMP_HEADER]: "guess", "x-forwarded-for": "203.0.113.8" });
    expect(clientAddressFrom(forged, 0)).toBe("unknown");
  });
});

describe("the local development sign-in", () => {
  it("is allowed on a server bound to loopback, for a request over loopback", () => {
    registerServerSocketInfo({ stamp, boundAddress: "127.0.0.1" });
    expect(localSignInAllowed(request("127.0.0.1"), true)).toBe(true);
    registerServerSocketInfo({ stamp, boundAddress: "::1" });
    expect(localSignInAllowed(request("::1"), true)).toBe(true);
  });

  it("is refused when the server listens on every interface, even for a loopback request", () => {
    registerServerSocketInfo({ stamp, boundAddress: "0.0.0.0" });
    expect(localSignInAllowed(request("127.0.0.1"), true)).toBe(false);
    registerServerSocketInfo({ stamp, boundAddress: "::" });
    expect(localSignInAllowed(request("::1"), true)).toBe(false);
  });

  it("is refused for a remote peer, when turned off, and without our server", () => {
    registerServerSocketInfo({ stamp, boundAddress: "127.0.0.1" });
    expect(localSignInAllowed(request("203.0.113.7"), true)).toBe(false);
    expect(localSignInAllowed(request("127.0.0.1"), false)).toBe(false);
    expect(localSignInAllowed(new Headers({ [PEER_HEADER]: "127.0.0.1", [STAMP_HEADER]: "guess" }), true)).toBe(false);
  });
});
