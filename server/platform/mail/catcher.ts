import { mkdir, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A mail catcher for development and tests: an SMTP server on loopback that
 * keeps each message as an .eml file instead of delivering it.
 */
export async function startMailCatcher(options: { dir: string; port: number; host?: string }) {
  await mkdir(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${Date.now().toString().padStart(15, "0")}-${randomUUID()}.eml`;
        writeFile(path.join(options.dir, name), Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    url: `smtp://${host}:${options.port}`,
    dir: options.dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
