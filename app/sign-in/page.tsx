import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { currentUser } from "@/server/identity/session";
import { env } from "@/server/platform/config/env";
import { ProviderSignInButton } from "@/components/auth/provider-sign-in-button";
import { PatientSignInForm } from "./patient-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function PatientSignInPage() {
  const user = await currentUser();
  if (user) redirect(user.role === "PATIENT" ? "/patient" : "/staff");
  const nhsLogin = env().nhsLogin !== undefined;
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Sign in to see your referrals and appointments</h1>
          {nhsLogin && (
            <>
              <p>Use NHS login if you have it. It is the same login as the NHS App.</p>
              <ProviderSignInButton provider="nhs-login" callbackUrl="/patient">Continue to NHS login</ProviderSignInButton>
              <h2 className="nhsuk-heading-m">Or get a sign-in link by email</h2>
            </>
          )}
          <p>Enter the email address you gave your GP or the hospital. We will email you a link to sign in.</p>
          <PatientSignInForm />
          <p>
            Booking from a letter? <a href="/book-by-reference">Use your booking reference</a> instead.
          </p>
          <p>
            Are you staff? <a href="/staff/sign-in">Staff sign in</a>
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
