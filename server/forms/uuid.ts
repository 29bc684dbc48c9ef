import { z } from "zod";

const uuid = z.uuid();

/** Route parameters are ids only if they look like one; anything else is simply not found. */
export function isUuid(value: string | undefined): value is string {
  return uuid.safeParse(value).success;
}
