import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("takes the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1, 198.51.100.2", trustedHops: 0 })).toBe("203.0.113.7");
  });

  it("with one trusted proxy, takes the address that proxy appended, not what the client wrote", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the client's real address.
    expect(resolveClientAddress({ peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.7", trustedHops: 1 })).toBe("203.0.113.7");
  });

  it("with two trusted proxies, looks two entries back", () => {
    expect(resolveClientAddress({ peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.7, 10.0.0.9", trustedHops: 2 })).toBe("203.0.113.7");
  });

  it("takes the farthest address when the chain is shorter than the trusted hops", () => {
    expect(resolveClientAddress({ peer: "10.0.0.5", forwardedFor: "203.0.113.7", trustedHops: 3 })).toBe("203.0.113.7");
  });

  it("normalises IPv4-mapped IPv6 and refuses what is not an address", () => {
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.7", forwardedFor: null, trustedHops: 0 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "10.0.0.5", forwardedFor: "not-an-address", trustedHops: 1 })).toBe("unknown");
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "203.0.113.7", trustedHops: 0 })).toBe("unknown");
  });
});
