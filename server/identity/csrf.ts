import { cookies } from "next/headers";

/**
 * next-auth's CSRF token from its cookie (value "token|hash"), so a plain HTML
 * sign-out form works without JavaScript or next-auth's confirmation page.
 */
export async function signOutCsrfToken(): Promise<string | undefined> {
  const jar = await cookies();
  const cookie = jar.get("__Host-next-auth.csrf-token") ?? jar.get("next-auth.csrf-token");
  return cookie?.value.split("|")[0];
}
