import { isIPv4, isIPv6 } from "node:net";

/**
 * Is this host a loopback address? Strictly: `localhost`, an IPv4 address in
 * 127.0.0.0/8, or ::1 (also IPv4-mapped, `::ffff:127.0.0.1`). A name such as
 * `127.evil.example` is not an address and is not loopback, whatever it resolves to.
 */
export function isLoopbackHost(host: string | undefined | null): boolean {
  if (!host) return false;
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost") return true;
  if (isIPv4(bare)) return bare.split(".")[0] === "127";
  if (isIPv6(bare)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
    if (mapped?.[1]) return isLoopbackHost(mapped[1]);
    return expandIPv6(bare) === "0000:0000:0000:0000:0000:0000:0000:0001";
  }
  return false;
}

function expandIPv6(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const zeros = Array(8 - left.length - right.length).fill("0");
  return [...left, ...(address.includes("::") ? zeros : []), ...right].map((part) => part.padStart(4, "0")).join(":");
}
