import { isIP } from "node:net";

/**
 * The client's address, for rate limits and audit: the socket's peer, unless the
 * app runs behind `trustedHops` proxies we operate (TRUSTED_PROXY_HOPS). Each
 * trusted proxy appends the address it received the request from to
 * X-Forwarded-For, so the client is that many entries back from the socket; any
 * entries further left were written by the client and are ignored. Anything
 * that is not an IP address counts as unknown.
 */
export function resolveClientAddress(input: { peer: string | undefined; forwardedFor: string | null | undefined; trustedHops: number }): string {
  const chain = [input.peer, ...(input.forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean).reverse()];
  // chain[0] is the socket; chain[n] is what the n-th trusted proxy saw. Fewer entries
  // than trusted hops means the request did not come through all of them: take the farthest.
  const candidate = chain[Math.min(input.trustedHops, chain.length - 1)];
  return normaliseAddress(candidate) ?? "unknown";
}

export function normaliseAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bare = address.replace(/^\[(.*)\]$/, "$1").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
  return isIP(bare) ? bare : undefined;
}
