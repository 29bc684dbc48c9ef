import type { MessageContent } from "../../emails/content";
import type { DbClient } from "../platform/db/client";
import type { Message } from "../platform/db/generated/client";
import type { MessageContext } from "./message-context";

export type RenderedMessage = { content: MessageContent; attachments?: { filename: string; content: string; contentType: string }[] };

/**
 * Renders one outbox message from its payload and the current data, or returns
 * null when it no longer applies (a confirmation for an appointment cancelled
 * since, a reminder for one that has passed): the message is then not sent.
 */
export type MessageRenderer = (client: DbClient, message: Message, ctx: MessageContext) => Promise<RenderedMessage | null>;

export function payloadString(message: Pick<Message, "payload">, key: string): string | undefined {
  const payload = message.payload;
  if (payload && typeof payload === "object" && !Array.isArray(payload)) {
    const value = (payload as Record<string, unknown>)[key];
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}
