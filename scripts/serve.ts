/**
 * Front Door's HTTP server: Next.js behind a plain Node.js server of our own, so
 * the app can know what only the socket knows. `npm start` runs it (production
 * build); `npm run dev` runs it with `--dev`. HOST (default 0.0.0.0) and PORT
 * (default 3000) say where it listens.
 *
 * Each request is stamped with the socket peer's address (see
 * server/platform/http/server-socket.ts): rate limits use it rather than a
 * client-supplied X-Forwarded-For, and the local development sign-in works only
 * when the server listens on loopback.
 */
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import next from "next";
import { PEER_HEADER, STAMP_HEADER, registerServerSocketInfo } from "../server/platform/http/server-socket";

const dev = process.argv.includes("--dev");
const host = process.env.HOST?.trim() || "0.0.0.0";
const port = Number(process.env.PORT ?? 3000);
const stamp = randomBytes(32).toString("base64url");

const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  req.headers[STAMP_HEADER] = stamp;
  void handle(req, res);
});
server.on("upgrade", (req, socket, head) => void app.getUpgradeHandler()(req, socket, head));
server.listen(port, host, () => {
  const address = server.address();
  const boundAddress = typeof address === "object" && address ? address.address : host;
  registerServerSocketInfo({ stamp, boundAddress });
  console.log(`Front Door is listening on http://${host.includes(":") ? `[${host}]` : host}:${port}${dev ? " (development)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
