import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * HMAC-SHA256 signatures with the app secret, separated by purpose so a value
 * signed for one use (a link in an email) is never accepted for another (a
 * session cookie). Signatures are base64url, compared in constant time.
 */
export function signValue(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${value}`).digest("base64url");
}

export function signatureMatches(secret: string, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(signValue(secret, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
