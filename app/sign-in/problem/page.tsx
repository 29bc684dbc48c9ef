import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "There is a problem signing you in" };

const BOOK_BY_REFERENCE = (
  <>
    <h2 className="nhsuk-heading-m">Booking from a letter or email?</h2>
    <p>
      You do not need to sign in to book, change or cancel an appointment we have invited you to.{" "}
      <a href="/book-by-reference">Use the booking reference in your letter or email</a>, with your date of birth and postcode.
    </p>
  </>
);

/** What went wrong, by the reason the sign-in callback gave; anything else (next-auth's own errors) gets the general page. */
const reasons: Record<string, { heading: string; body: ReactNode }> = {
  "nhs-login-level": {
    heading: "You need to prove who you are in NHS login",
    body: (
      <>
        <p>To see your referrals and appointments, your NHS login must be fully verified: you have proved who you are with photo ID.</p>
        <p>You can do this in the NHS App or on the NHS login website, then sign in again.</p>
        <p>
          Or <a href="/sign-in">get a sign-in link by email</a> instead.
        </p>
        {BOOK_BY_REFERENCE}
      </>
    ),
  },
  "nhs-login-no-match": {
    heading: "We could not match your NHS login to our records",
    body: (
      <>
        <p>The NHS number and date of birth in your NHS login do not match a patient we have a referral for.</p>
        <p>If you have been referred to us, call the service on the number in your letter so we can check your details.</p>
        <p>
          Or <a href="/sign-in">get a sign-in link by email</a> instead.
        </p>
        {BOOK_BY_REFERENCE}
      </>
    ),
  },
  "staff-no-account": {
    heading: "You cannot sign in to Front Door",
    body: (
      <>
        <p>Your NHS Care Identity is not linked to an active Front Door account.</p>
        <p>Ask your Front Door administrator to add you, or to reactivate your account.</p>
        <p>
          <a href="/staff/sign-in">Back to staff sign in</a>
        </p>
      </>
    ),
  },
};

export default async function SignInProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const known = reason && Object.hasOwn(reasons, reason) ? reasons[reason] : undefined;
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {known ? (
            <>
              <h1>{known.heading}</h1>
              {known.body}
            </>
          ) : (
            <>
              <h1>There is a problem signing you in</h1>
              <p>The link may have expired or already been used, or we could not match your details to our records.</p>
              <p>
                <a href="/sign-in">Try signing in again</a>, or <a href="/staff/sign-in">sign in as staff</a>.
              </p>
              {BOOK_BY_REFERENCE}
            </>
          )}
        </div>
      </div>
    </AppFrame>
  );
}
