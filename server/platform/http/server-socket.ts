/**
 * What only the socket knows (the peer's address and the address the server
 * listens on), passed from our HTTP server (`scripts/serve.ts`) to the app.
 *
 * Next.js gives route handlers and server actions headers, not sockets, so the
 * server stamps each request with headers of its own, overwriting any a client
 * sent. The stamp carries a secret made when the process starts and kept on
 * globalThis (shared by every bundle in the process, never sent out), so a
 * request that did not come through our server (plain `next start`) cannot
 * pose as having done so: it simply has no known peer.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const PEER_HEADER = "x-front-door-peer";
export const STAMP_HEADER = "x-front-door-stamp";

export type ServerSocketInfo = { stamp: string; boundAddress: string };

const KEY = Symbol.for("front-door.http-server");

export function registerServerSocketInfo(info: ServerSocketInfo): void {
  (globalThis as Record<symbol, unknown>)[KEY] = info;
}

export function serverSocketInfo(): ServerSocketInfo | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as ServerSocketInfo | undefined;
}

export type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export function readHeader(source: HeaderSource, name: string): string | undefined {
  if (typeof (source as { get?: unknown }).get === "function") return (source as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The socket peer's address, if this request came through our server; otherwise undefined. */
export function requestPeer(headers: HeaderSource): string | undefined {
  const info = serverSocketInfo();
  const sent = readHeader(headers, STAMP_HEADER);
  if (!info || !sent || !sameSecret(sent, info.stamp)) return undefined;
  return readHeader(headers, PEER_HEADER);
}

function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
