import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./loopback";

describe("isLoopbackHost", () => {
  it.each(["localhost", "LOCALHOST", "127.0.0.1", "127.255.3.9", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"])("%s is loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    "127.evil.example",
    "127.0.0.1.evil.example",
    "localhost.evil.example",
    "evil-localhost",
    "0.0.0.0",
    "::",
    "128.0.0.1",
    "10.0.0.1",
    "1127.0.0.1",
    "127.0.0.256",
    "::2",
    "::ffff:10.0.0.1",
    "",
    undefined,
  ])("%s is not loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
