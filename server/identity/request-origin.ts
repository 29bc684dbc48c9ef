import { headers } from "next/headers";
import { env } from "../platform/config/env";
import { resolveClientAddress } from "../platform/http/client-address";
import { isLoopbackHost } from "../platform/http/loopback";
import { readHeader, requestPeer, serverSocketInfo, type HeaderSource } from "../platform/http/server-socket";


/**
 * The client's address for rate limits: the socket's peer, or with
 * TRUSTED_PROXY_HOPS set, the address that many proxies back. A client-supplied
 * X-Forwarded-For is never believed beyond the proxies we trust.
 */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

export function clientAddressFrom(source: HeaderSource, trustedHops = env().trustedProxyHops): string {
  const forwarded = trustedHops > 0 ? readHeader(source, "x-forwarded-for") : undefined;
  return resolveClientAddress({ peer: requestPeer(source), forwardedFor: forwarded, trustedHops });
}

/**
 * The development staff sign-in lets anyone pick a staff identity, so besides
 * ENABLE_LOCAL_SIGNIN (never in production, NEXTAUTH_URL on loopback) the server
 * must be listening on a loopback address and the request must have come in over
 * loopback. Through anything but our own server neither is known: refused.
 */
export function localSignInAllowed(source: HeaderSource, enabled = env().localSignIn): boolean {
  if (!enabled) return false;
  const server = serverSocketInfo();
  return server !== undefined && isLoopbackHost(server.boundAddress) && isLoopbackHost(requestPeer(source));
}
