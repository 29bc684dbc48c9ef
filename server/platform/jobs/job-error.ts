/**
 * What a failed job leaves behind: a code (the error's class or its `code`,
 * e.g. "SlotTakenError", "ECONNREFUSED", "P2002") and a reference to match the
 * log line, never the error's message, which can hold personal data (names,
 * addresses, email addresses in SMTP answers, values in database errors).
 */
const SAFE_CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    if (typeof code === "string" && SAFE_CODE.test(code)) return `${error.name}:${code}`.slice(0, 120);
    if (SAFE_CODE.test(error.name)) return error.name;
  }
  return "UnknownError";
}

export type JobFailure = { code: string; reference: string; summary: string };

export function describeJobFailure(error: unknown): JobFailure {
  const code = errorCode(error);
  const reference = crypto.randomUUID();
  return { code, reference, summary: `${code} (ref ${reference})` };
}
