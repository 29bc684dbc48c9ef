import { randomBytes } from "node:crypto";
import { DomainError } from "./domain-error";

export type UserFacingError = {
  message: string;
  /** For unexpected errors: the reference written to the server log with the details. */
  reference?: string;
};

/**
 * The one place actions turn an error into what the user sees.
 * Expected domain errors carry messages written for staff and are shown as they
 * are; anything else is a bug, logged with a reference but without personal data
 * (no error message, which may quote values), and shown as a generic apology.
 */
export function userFacingError(error: unknown, doing: string): UserFacingError {
  if (error instanceof DomainError) return { message: error.message };
  const reference = randomBytes(4).toString("hex").toUpperCase();
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
  const frames = error instanceof Error ? error.stack?.split("\n").slice(1, 6).join("\n") : undefined;
  console.error(`[${reference}] ${doing} failed: ${name}${code ? ` (${code})` : ""}\n${frames ?? ""}`);
  return { message: `Sorry, there is a problem with the service. Try again, or quote reference ${reference} if it keeps happening.`, reference };
}
