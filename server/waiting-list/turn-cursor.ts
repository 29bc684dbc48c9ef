import { z } from "zod";
import { PRIORITIES, type ListPriority } from "./list-filters";

/**
 * Where a keyset page of the list starts: the last row of the page before (its
 * priority, waitingSince and id) and how many rows came before it, so positions
 * carry on across pages without counting. Opaque to the browser (base64url JSON);
 * a cursor that does not parse starts the list from the top.
 */
export type TurnCursor = { priority: ListPriority; waitingSince: Date; id: string; position: number };

const cursorSchema = z.object({
  p: z.enum(PRIORITIES),
  w: z.iso.datetime(),
  i: z.uuid(),
  n: z.number().int().min(0),
});

export function encodeCursor(cursor: TurnCursor): string {
  const json = JSON.stringify({ p: cursor.priority, w: cursor.waitingSince.toISOString(), i: cursor.id, n: cursor.position });
  return Buffer.from(json).toString("base64url");
}

export function decodeCursor(value: unknown): TurnCursor | null {
  if (typeof value !== "string" || value.length > 400) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    return { priority: parsed.data.p, waitingSince: new Date(parsed.data.w), id: parsed.data.i, position: parsed.data.n };
  } catch {
    return null;
  }
}
