import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { localSignInAllowed } from "@/server/identity/request-origin";
import { AppFrame } from "@/components/layout/app-frame";
import { currentUser } from "@/server/identity/session";
import { env } from "@/server/platform/config/env";
import { listLocalSignInStaff } from "@/server/identity/local-staff";
import { ProviderSignInButton } from "@/components/auth/provider-sign-in-button";
import { LocalStaffSignInForm } from "./local-staff-sign-in-form";

export const metadata: Metadata = { title: "Staff sign in" };

export default async function StaffSignInPage() {
  const user = await currentUser();
  if (user) redirect(user.role === "PATIENT" ? "/patient" : "/staff");
  const config = env();
  const localSignIn = localSignInAllowed(await headers());
  const staff = localSignIn ? await listLocalSignInStaff() : [];
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Staff sign in</h1>
          {config.cis2 && (
            <>
              <p>Sign in with your NHS smartcard or security key.</p>
              <ProviderSignInButton provider="cis2" callbackUrl="/staff">Sign in with NHS CIS2</ProviderSignInButton>
            </>
          )}
          {localSignIn && <LocalStaffSignInForm staff={staff} />}
          {!config.cis2 && !localSignIn && (
            <p>Staff sign-in is not set up. Ask your administrator to configure NHS CIS2.</p>
          )}
        </div>
      </div>
    </AppFrame>
  );
}
