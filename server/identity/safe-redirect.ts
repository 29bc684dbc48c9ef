import { hasForbiddenCharacters } from "../platform/forms/text";

/**
 * Where to send someone after signing in or out: a path on this site, or a full
 * address on this site; anything else (another site, `//evil.example`, a
 * malformed address, hidden characters) goes to the home page instead of failing.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  if (url.length > 2000 || hasForbiddenCharacters(url) || url.includes("\\")) return baseUrl;
  if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
  try {
    const target = new URL(url);
    return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}
