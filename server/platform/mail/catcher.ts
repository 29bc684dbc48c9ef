import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A mail catcher for development and tests: an SMTP server on loopback that
 * keeps each message as an .eml file instead of delivering it. Like a real
 * mailbox provider it keeps one copy per Message-ID: a message transmitted again
 * (a sender that crashed after the server accepted it) is accepted, noted in
 * `transmissions.log`, and not delivered twice.
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
        const raw = Buffer.concat(chunks);
        const name = `${Date.now().toString().padStart(15, "0")}-${randomUUID()}.eml`;
        deliverOnce(options.dir, name, raw).then(() => callback(), callback);
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

async function deliverOnce(dir: string, name: string, raw: Buffer): Promise<void> {
  const headers = raw.subarray(0, Math.max(0, raw.indexOf("\r\n\r\n"))).toString("utf8");
  const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(headers)?.[1];
  await appendFile(path.join(dir, "transmissions.log"), `${messageId ?? "-"}\n`);
  if (messageId) {
    const marker = path.join(dir, ".seen", createHash("sha256").update(messageId).digest("hex"));
    await mkdir(path.dirname(marker), { recursive: true });
    try {
      await writeFile(marker, "", { flag: "wx" });
    } catch {
      return; // already delivered
    }
  }
  await writeFile(path.join(dir, name), raw);
}
