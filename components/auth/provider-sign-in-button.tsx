"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/button";

/** Starts an OpenID Connect sign-in (NHS login, CIS2): next-auth needs a POST with its CSRF token. */
export function ProviderSignInButton({ provider, callbackUrl, children }: { provider: string; callbackUrl: string; children: string }) {
  return (
    <Button type="button" onClick={() => void signIn(provider, { callbackUrl })}>
      {children}
    </Button>
  );
}
